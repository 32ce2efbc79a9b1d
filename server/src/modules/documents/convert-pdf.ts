import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatMessage, type ErrorCode } from '@yuqing/common';
import { AppError } from '../../core/errors.js';
import { fontconfigFile } from './font-fallback.js';

/**
 * .docx → PDF through LibreOffice headless. Each conversion gets a profile of its own (two soffice
 * processes sharing one profile block each other or crash), a fontconfig file mapping the official
 * fonts to what the machine has, and a time limit after which the whole process group is killed.
 * Conversions wait their turn in a queue: one LibreOffice already takes a core.
 */

export class PdfConversionError extends AppError {
  constructor(status: number, code: ErrorCode, params: Record<string, string | number>) {
    super(status, code, params);
    // Callers outside HTTP (the CLI, job logs) read the message, so it says what happened in both languages.
    this.message = `${formatMessage(code, 'zh-CN', params)}\n${formatMessage(code, 'en', params)}`;
  }
}

export interface PdfConverterOptions {
  /** The soffice program; found on PATH (or YUQING_SOFFICE) when left out. */
  soffice?: string;
  /** Time limit of one attempt. */
  timeoutMs?: number;
  /** Conversions running at once; the rest wait in order. */
  concurrency?: number;
  /** Attempts after the first one fails. */
  retries?: number;
}

const SEARCH = ['soffice', 'libreoffice'];
const KNOWN = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice'];

/** The LibreOffice program on this machine, or null. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.YUQING_SOFFICE) return fs.existsSync(env.YUQING_SOFFICE) ? env.YUQING_SOFFICE : null;
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const name of SEARCH)
    for (const dir of dirs) {
      const p = path.join(dir, name);
      try {
        fs.accessSync(p, fs.constants.X_OK);
        return p;
      } catch {
        // not in this directory
      }
    }
  return KNOWN.find((p) => fs.existsSync(p)) ?? null;
}

interface Attempt {
  ok: boolean;
  pdf?: Buffer;
  reason?: string;
}

function lastLines(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^convert .* -> .* using filter/.test(l))
    .slice(-3)
    .join(' ')
    .slice(0, 500);
}

export class PdfConverter {
  private readonly timeoutMs: number;
  private readonly concurrency: number;
  private readonly retries: number;
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly options: PdfConverterOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 120_000;
    this.concurrency = Math.max(1, options.concurrency ?? 1);
    this.retries = options.retries ?? 1;
  }

  /** Conversions queued but not started. */
  get queued(): number {
    return this.waiting.length;
  }

  /** The PDF of a .docx (or of an .xlsx list, each sheet's pages in turn). */
  async convert(input: Buffer, format: 'docx' | 'xlsx' = 'docx'): Promise<Buffer> {
    const program = this.options.soffice ?? findSoffice();
    if (!program || !fs.existsSync(program)) throw new PdfConversionError(503, 'converter_missing', { program: 'LibreOffice (soffice)' });
    await this.acquire();
    try {
      const reasons: string[] = [];
      for (let attempt = 0; attempt <= this.retries; attempt++) {
        const result = await this.attempt(program, input, format);
        if (result.ok && result.pdf) return result.pdf;
        reasons.push(result.reason ?? 'unknown');
      }
      throw new PdfConversionError(500, 'conversion_failed', { retries: this.retries, reason: reasons[reasons.length - 1] });
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.running < this.concurrency) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release() {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }

  private async attempt(program: string, data: Buffer, format: string): Promise<Attempt> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yuqing-pdf-'));
    try {
      const input = path.join(dir, `document.${format}`);
      const outDir = path.join(dir, 'out');
      fs.writeFileSync(input, data);
      fs.mkdirSync(outDir);
      const fontsConf = path.join(dir, 'fonts.conf');
      fs.writeFileSync(fontsConf, fontconfigFile());
      const args = [
        `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
        '--headless',
        '--invisible',
        '--nologo',
        '--nodefault',
        '--nolockcheck',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        input,
      ];
      const env = { ...process.env, HOME: dir, FONTCONFIG_FILE: fontsConf };
      const run = await this.spawn(program, args, env);
      const pdfPath = path.join(outDir, 'document.pdf');
      if (run.timedOut) return { ok: false, reason: `LibreOffice 超过 ${Math.round(this.timeoutMs / 1000)} 秒未完成，已终止 / timed out after ${Math.round(this.timeoutMs / 1000)} s` };
      if (fs.existsSync(pdfPath)) {
        const pdf = fs.readFileSync(pdfPath);
        if (pdf.subarray(0, 5).toString('latin1') === '%PDF-') return { ok: true, pdf };
      }
      return { ok: false, reason: lastLines(`${run.stderr}\n${run.stdout}`) || `soffice exited with ${run.code ?? run.signal}` };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  private spawn(program: string, args: string[], env: NodeJS.ProcessEnv) {
    return new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string; timedOut: boolean }>((resolve) => {
      // Its own process group, so that the time limit also ends the soffice.bin child it starts.
      const child = spawn(program, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      let timedOut = false;
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const timer = setTimeout(() => {
        timedOut = true;
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
      }, this.timeoutMs);
      child.on('error', (err) => {
        clearTimeout(timer);
        resolve({ code: null, signal: null, stdout, stderr: `${stderr}\n${err.message}`, timedOut });
      });
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        resolve({ code, signal, stdout, stderr, timedOut });
      });
    });
  }
}

let shared: PdfConverter | undefined;

/** The process's one converter, so that every caller shares the same queue. */
export function pdfConverter(): PdfConverter {
  shared ??= new PdfConverter({ timeoutMs: Number(process.env.YUQING_PDF_TIMEOUT_MS ?? 120_000) });
  return shared;
}
