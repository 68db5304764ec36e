// English: importing platforms' reports, the row rejection reasons, and the check command.
import type { Translation } from '../types'
import type { importing as zh } from '../zh-CN/import'

export const importing: Translation<typeof zh> = {
  title: 'Import reports',
  reason: {
    required: 'Required value is empty',
    tooLong: 'Value is too long',
    badDate: 'Not a date that can be read',
    badLength: 'Not a length that can be read',
    badNumber: 'Not a number that can be read',
    badYesNo: 'Should be yes or no',
    negativeLength: 'A length cannot be below zero',
    negativeNumber: 'A number cannot be below zero',
    unknownViolation: 'Unknown violation type',
    unknownMeasure: 'Unknown measure',
    unknownHolderType: 'Holder type should be person (个人) or enterprise (企业)',
    unknownCredential: 'Unknown credential status',
    unknownStatus: 'Unknown account status',
    unknownAction: 'Action should be grant, suspend, cancel or restore',
    duplicate: 'Duplicate record',
  },
  notReport: {
    empty: 'The file is empty',
    image: 'This is a picture, not a report table',
    pdf: 'This is a PDF, not a report table; send CSV, XLSX or JSON',
    xls: 'This is an old Excel (.xls) file, which is not supported; save it as .xlsx or CSV',
    zip: 'This is a zip archive, not an Excel workbook',
    archive: 'This is a compressed archive; extract the report from it first',
    binary: 'The file content cannot be read: it is not a text table, Excel or JSON',
    noHeader: 'No header found: none of the first 30 rows names known columns (such as 账号ID, 违规类型, 处置措施)',
    noRows: 'There is a header but no data rows',
    badXlsx: 'The Excel file is damaged or incomplete ({{detail}})',
    badJson: 'The JSON cannot be read ({{detail}})',
    jsonShape: 'The JSON should be an array of objects, or one object per line (NDJSON)',
    noSheet: 'The workbook has no sheet named “{{sheet}}”',
    missingRequired: 'Required columns are missing: {{fields}}',
  },
  check: {
    counts: '{{rows}} rows read, {{accepted}} accepted, {{rejected}} rejected, {{duplicates}} duplicates',
    errorLine: 'row {{row}} · {{field}} · "{{value}}" · {{reason}}',
    noSuchFile: 'No such file',
    unreadable: 'The file cannot be read ({{detail}})',
  },
  phase: {
    reading: 'Reading the file',
    parsing: 'Parsing row {{n}}',
    writing: 'Writing to the database',
  },
}
