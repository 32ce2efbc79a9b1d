import dayjs, { type Dayjs } from 'dayjs';

/** A stored instant as a date picker's value; nothing stays nothing. */
export const toPicker = (iso: string | null | undefined): Dayjs | undefined => (iso ? dayjs(iso) : undefined);

/** A picker's value as the ISO instant the API stores; a cleared picker clears the field (null). */
export const fromPicker = (value: Dayjs | null | undefined): string | null => (value ? value.toISOString() : null);
