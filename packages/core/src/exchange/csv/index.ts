export { exportCsv, CSV_EGO_COLUMNS, CSV_EGO_ID, CSV_PEOPLE_COLUMNS, CSV_TIE_COLUMNS, type CsvFiles } from './export-csv.ts';
export { importCsv, type CsvInput } from './import-csv.ts';
export { readCsv, writeCsv, csvCell, type CsvTable, type CsvReadResult } from './csv-text.ts';
