/**
 * What a report kind hands the document engine: an official document (公文) as data, laid out by
 * the engine in GB/T 9704-2012. Modules build a DocumentSpec from their records; only the engine
 * knows about Word, fonts and page geometry.
 */
export interface DocumentSpec {
  /** 标题: set in 2号方正小标宋简体, centred. */
  title: string;
  /** 发文字号, e.g. 「某发〔2026〕6号」. */
  docNumber?: string;
  /** 密级和保密期限, e.g. 「秘密★1年」. */
  classification?: string;
  /** 紧急程度: 「特急」 or 「加急」. */
  urgency?: '特急' | '加急';
  /** 发文机关标志 (the red issuing-authority line), e.g. 「灞桥街道办事处文件」. */
  issuer?: string;
  /** 主送机关. */
  addressees?: string;
  body: DocumentBlock[];
  /** 发文机关署名 and 成文日期 (Asia/Shanghai calendar date, YYYY-MM-DD). */
  signature?: { authority: string; date: string };
  /** 版记: 抄送, 印发机关 and 印发日期. */
  footer?: { copyTo?: string; printedBy: string; printedOn: string };
}

export type DocumentBlock =
  /** 一、 (黑体) / （一） (楷体) / 1. / （1） (仿宋): the engine numbers headings itself. */
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; caption?: string; columns: string[]; rows: (string | number)[][] }
  /** A chart drawn on the server and placed as an image. */
  | { kind: 'chart'; caption?: string; chart: ChartSpec }
  | { kind: 'image'; caption?: string; png: Buffer; widthMm?: number };

export interface ChartSpec {
  type: 'bar' | 'line' | 'pie';
  categories: string[];
  series: { name: string; values: number[] }[];
}
