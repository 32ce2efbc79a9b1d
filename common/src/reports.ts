/** Report kinds, their statuses and download formats, shared by the server and the screens. */
export const REPORT_KINDS = ['summary', 'analysis'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_STATUSES = ['draft', 'edited', 'approved', 'submitted', 'returned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const REPORT_FORMATS = ['docx', 'pdf', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
/** 2026, 2026H1, 2026Q3. */
export const REPORT_PERIOD_PATTERN = /^\d{4}(?:H[12]|Q[1-4])?$/;
