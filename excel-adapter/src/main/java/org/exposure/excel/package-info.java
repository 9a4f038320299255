/**
 * Excel workbooks as one more reader of Exposure's pipeline: {@link
 * org.exposure.excel.ExcelExtractReader}, found with {@link java.util.ServiceLoader}, reads each
 * sheet of an {@code .xlsx} workbook, streamed, as the same table saved as CSV would be read, and
 * names the Office files it cannot read (a legacy {@code .xls}, an encrypted workbook).
 */
package org.exposure.excel;
