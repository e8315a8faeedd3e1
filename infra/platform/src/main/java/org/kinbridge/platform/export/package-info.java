/**
 * Exports a titled table, such as a commune's list of children or its caregiver register,
 * as an Excel-friendly CSV or a printable A4 PDF with Vietnamese text intact. Controllers
 * build an {@link org.kinbridge.platform.export.ExportTable} and answer with
 * {@link org.kinbridge.platform.export.ExportResponses}, which picks the format and names
 * the downloaded file.
 */
package org.kinbridge.platform.export;
