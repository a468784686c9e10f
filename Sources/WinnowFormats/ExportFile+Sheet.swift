extension ExportFile {
    /// The rows of a spreadsheet written as markup, or nil when the file holds none: an XML
    /// Spreadsheet 2003 document, or an HTML page's table of data. A page named as a
    /// spreadsheet (`.xls`, as sites' "export to Excel" names its HTML) gives its fullest
    /// table; any other page only a table that holds most of its text.
    public var sheetRows: [[String]]? {
        switch format {
        case .xml where SpreadsheetXML.isSpreadsheet(text.utf8.prefix(4_096)):
            return SpreadsheetXML.rows(Array(text.utf8))
        case .html:
            let name = ExportFile.plainName(path, compressed).lowercased()
            let spreadsheet = [".xls", ".xlsx", ".xlsm"].contains { name.hasSuffix($0) }
            return HTMLTable.rows(Array(text.utf8), mostOfThePage: !spreadsheet)
        default: return nil
        }
    }
}
