/** The rules' messages print amounts and dates as every other output does: core/thai's formatters, under the short names the rules use. */
import { formatBaht, formatThaiDate } from "../../thai";

/** "1,234,567" or "1,234.50". */
export const baht = (amount: number | null | undefined): string => formatBaht(amount);

/** "15 ม.ค. 2552". */
export const thaiDate = (iso: string | null | undefined): string => formatThaiDate(iso);
