/** Figures for leaders, computed from plain rows so the same rules hold for one unit and for a district. */
export interface FigureIncident {
  id: number;
  unitPath: string;
  grade: number;
  state: string;
  openedAt: string;
}
export interface FigureDeadline {
  incidentId: number;
  kind: string;
  dueAt: string;
  metAt: string | null;
}
export interface StepFigure {
  /** Steps that were due (met, or late and still open). */
  due: number;
  met: number;
  medianMinutes: number | null;
  /** Met within the limit, as a share of those due by now. */
  withinShare: number | null;
}

export const FIGURE_KINDS = ['acknowledge', 'report', 'reply'] as const;

function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : Math.round((s[m - 1] + s[m]) / 2);
}

export function stats(incidents: readonly FigureIncident[], deadlines: ReadonlyMap<number, FigureDeadline[]>, now: Date) {
  const byGrade: Record<string, number> = { '1': 0, '2': 0, '3': 0, '4': 0 };
  let open = 0;
  for (const i of incidents) {
    byGrade[String(i.grade)]++;
    if (i.state !== 'closed') open++;
  }
  const steps = {} as Record<(typeof FIGURE_KINDS)[number], StepFigure>;
  for (const kind of FIGURE_KINDS) {
    const minutes: number[] = [];
    let due = 0;
    let within = 0;
    for (const i of incidents) {
      const d = deadlines.get(i.id)?.find((x) => x.kind === kind);
      if (!d) continue;
      const late = !d.metAt && Date.parse(d.dueAt) < now.getTime();
      if (!d.metAt && !late) continue;
      due++;
      if (d.metAt) {
        minutes.push(Math.round((Date.parse(d.metAt) - Date.parse(i.openedAt)) / 60_000));
        if (d.metAt <= d.dueAt) within++;
      }
    }
    steps[kind] = { due, met: minutes.length, medianMinutes: median(minutes), withinShare: due ? within / due : null };
  }
  return { count: incidents.length, open, closed: incidents.length - open, byGrade, steps };
}

/** Each unit's own figures and its subtree's, rolled up by path. */
export function rollUp<U extends { id: number; path: string }>(units: readonly U[], incidents: readonly FigureIncident[], deadlines: ReadonlyMap<number, FigureDeadline[]>, now: Date) {
  return units.map((u) => {
    const own = incidents.filter((i) => i.unitPath === u.path);
    const subtree = incidents.filter((i) => i.unitPath.startsWith(u.path));
    return { unit: u, own: stats(own, deadlines, now), subtree: stats(subtree, deadlines, now) };
  });
}

/** Incidents opened per month (Beijing calendar). */
export function byMonth(incidents: readonly FigureIncident[]): { month: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const i of incidents) {
    const month = new Date(Date.parse(i.openedAt) + 8 * 3_600_000).toISOString().slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => ({ month, count }));
}
