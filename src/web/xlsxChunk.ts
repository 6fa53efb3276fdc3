/** The .xlsx side (ExcelJS), a separate chunk the browser page loads only when it needs it. */
export { readWorkbookGrid } from "../xlsx/readWorkbook";
export { writeWorkbook } from "../xlsx/writeWorkbook";
export { writeCatalogueWorkbook } from "../xlsx/catalogueWorkbook";
