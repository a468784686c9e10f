import Foundation
import WinnowFormats

/// `winnow report`: one self-contained HTML page (no network) summarising a verdict CSV:
/// counts, score histograms, the most flagged pages and authors, and a sortable,
/// filterable table of comments with reasons and, when given, the moderators' decisions.
public enum ReportWriter {
    /// `compressAbove`: data larger than this many bytes is written compressed.
    public static func html(
        _ table: VerdictTable, decisions: [String: String] = [:], title: String, compressAbove: Int = compressAbove
    ) -> String {
        let rows = table.rows
        var counts: [String: Int] = [:]
        for r in rows { counts[r.verdict, default: 0] += 1 }
        var out = head(title)
        out += "<h1>\(escape(title))</h1>\n<p class=summary>"
        out += Verdict.allCases.map(\.rawValue).map { "<span class=\($0)>\($0): \(counts[$0] ?? 0)</span>" }.joined(
            separator: " ")
        out += " <span>comments: \(rows.count)</span>"
        if !decisions.isEmpty { out += " <span>moderator decisions: \(decisions.count)</span>" }
        out += "</p>\n<div class=charts>"
        for (k, label) in table.columns.labels.enumerated() {
            let values = rows.map { $0.scores[k] }.filter { !$0.isNaN }
            if !values.isEmpty { out += histogram(label == .offtopic ? "off-topic" : label.rawValue, values) }
        }
        out += "</div>\n<div class=tops>"
        out += top("Most flagged pages", rows.filter(\.flagged).map(\.source))
        out += top("Most flagged authors", rows.filter(\.flagged).map(\.author))
        out +=
            "</div>\n"
            + commentTable(
                shown(rows, decisions), of: rows.count, table.columns, decisions, compressAbove: compressAbove)
        out += script + "</body></html>\n"
        return out
    }

    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static func head(_ title: String) -> String {
        """
        <!doctype html><html lang=en><head><meta charset=utf-8><title>\(escape(title))</title>
        <style>
        body{font:14px system-ui,sans-serif;margin:1.5em;color:#222}
        .summary span{margin-right:1.2em;font-weight:600}.approve{color:#2a7}.review{color:#c80}.reject{color:#c33}
        .charts,.tops{display:flex;gap:2em;flex-wrap:wrap;margin:1em 0}
        table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:4px 6px;vertical-align:top;text-align:left}
        th{cursor:pointer;background:#f4f4f4;position:sticky;top:0}td.text{max-width:40em;white-space:pre-wrap}
        .overruled{background:#fff3d6}
        </style></head><body>

        """
    }

    static func histogram(_ name: String, _ values: [Double]) -> String {
        var bins = [Int](repeating: 0, count: 10)
        for v in values { bins[min(9, max(0, Int(v * 10)))] += 1 }
        let top = max(bins.max() ?? 1, 1)
        var svg = "<figure><figcaption>\(escape(name)) score</figcaption><svg width=260 height=120 role=img>"
        for (i, n) in bins.enumerated() {
            let h = Int(Double(n) / Double(top) * 100)
            svg +=
                "<rect x=\(i * 26) y=\(100 - h) width=22 height=\(h) fill=#58a><title>\(Double(i) / 10)–\(Double(i + 1) / 10): \(n)</title></rect>"
        }
        return svg + "<text x=0 y=115 font-size=10>0</text><text x=245 y=115 font-size=10>1</text></svg></figure>"
    }

    static func top(_ caption: String, _ names: [String]) -> String {
        var counts: [String: Int] = [:]
        for n in names where !n.isEmpty { counts[n, default: 0] += 1 }
        let best = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(10)
        return "<div><h2>\(escape(caption))</h2><ol>"
            + best.map { "<li>\(escape($0.key)) (\($0.value))</li>" }.joined() + "</ol></div>"
    }

    /// Approved comments the table shows at most, drawn at random (the same draw each
    /// time): every flagged or decided comment is shown, and the counts and histograms
    /// cover all, so a report of 200,000 verdicts stays a page a browser opens at once.
    public static let approvedSample = 2_000

    static func shown(_ rows: [VerdictTable.Row], _ decisions: [String: String]) -> [VerdictTable.Row] {
        let kept = rows.filter { $0.flagged || decisions[$0.key] != nil }
        let approved = rows.filter { !$0.flagged && decisions[$0.key] == nil }
        let sample =
            approved.count <= approvedSample
            ? approved
            : Array(approved.sorted { $0.auditRank < $1.auditRank }.prefix(approvedSample))
        return kept + sample
    }

    static func commentTable(
        _ rows: [VerdictTable.Row], of total: Int, _ columns: VerdictColumns, _ decisions: [String: String],
        compressAbove: Int
    ) -> String {
        let approved = rows.count { !$0.flagged }
        var s = "<p>Showing \(rows.count) of \(total) comments"
        if rows.count < total { s += ": every flagged or decided one, and \(approved) approved ones drawn at random" }
        s += ", highest score first, \(pageSize) a page.</p>\n"
        s += """
            <p><input id=filter placeholder="filter text, author, reasons" size=40>
            <select id=verdict><option value="">all verdicts</option><option>approve</option><option>review</option><option>reject</option></select>
            <button id=prev>&lsaquo; previous</button> <span id=page></span> <button id=next>next &rsaquo;</button></p>
            <table id=comments><thead><tr><th>source</th><th>id</th><th>author</th><th>verdict</th><th>moderator</th>
            """
        s += columns.labels.map { "<th>\($0 == .offtopic ? "off-topic" : escape($0.rawValue))</th>" }.joined()
        s += "<th>reasons</th><th>comment</th></tr></thead><tbody></tbody></table>\n"
        // The rows as data, drawn a page at a time: a table of 100,000 rows as markup is
        // more than a browser lays out in seconds.
        var json = "["
        for (i, r) in rows.sorted(by: { $0.topScore > $1.topScore }).enumerated() {
            let decision = decisions[r.key]
            let overruled = decision.map { ($0 == Label.ok.rawValue) == r.flagged } ?? false
            var cells = [r.source, r.id, r.author, r.verdict, decision ?? ""].map(scriptString)
            cells += r.scores.map { $0.isNaN ? "null" : ScoredComment.format($0) }
            cells += [scriptString(r.reasons), scriptString(r.text), overruled ? "1" : "0"]
            json += (i == 0 ? "" : ",\n") + "[" + cells.joined(separator: ",") + "]"
        }
        json += "]"
        // Large data goes compressed (the browser inflates it): a table with tens of
        // thousands of flagged comments stays a file that opens at once.
        if json.utf8.count > compressAbove, let packed = Deflate.compress(Array(json.utf8)) {
            return s + "<script type=application/octet-stream id=data data-deflate=1>"
                + Data(packed).base64EncodedString() + "</script>\n"
        }
        return s + "<script type=application/json id=data>" + json + "</script>\n"
    }

    /// Data larger than this is written compressed by default.
    public static let compressAbove = 4 << 20

    /// Rows the table draws at once.
    public static let pageSize = 200

    /// A JSON string that is also safe inside a script element.
    static func scriptString(_ text: String) -> String {
        var out = ""
        for scalar in JSONLines.quote(text).unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static let script = """
        <script>
        (async () => {
        const element = document.getElementById('data');
        let text = element.textContent;
        if (element.dataset.deflate) {
          const bytes = Uint8Array.from(atob(text), c => c.charCodeAt(0));
          text = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate'))).text();
        }
        const data = JSON.parse(text);
        const body = document.querySelector('#comments tbody'), size = \(pageSize);
        const last = data.length ? data[0].length - 1 : 0;
        let shown = data, page = 0;
        function draw() {
          const pages = Math.max(1, Math.ceil(shown.length / size));
          page = Math.min(page, pages - 1);
          body.replaceChildren(...shown.slice(page * size, (page + 1) * size).map(row => {
            const tr = document.createElement('tr');
            tr.className = row[3] + (row[last] ? ' overruled' : '');
            tr.dataset.verdict = row[3];
            row.slice(0, last).forEach((v, i) => {
              const td = document.createElement('td');
              td.textContent = v === null ? '' : (typeof v === 'number' ? v.toFixed(4) : v);
              if (i === last - 1) td.className = 'text';
              tr.appendChild(td);
            });
            return tr;
          }));
          document.getElementById('page').textContent = 'page ' + (page + 1) + ' of ' + pages + ' (' + shown.length + ' comments)';
        }
        function apply() {
          const q = document.getElementById('filter').value.toLowerCase(), v = document.getElementById('verdict').value;
          shown = data.filter(r => (!v || r[3] === v) && (!q || r.some(x => typeof x === 'string' && x.toLowerCase().includes(q))));
          page = 0; draw();
        }
        document.getElementById('filter').addEventListener('input', apply);
        document.getElementById('verdict').addEventListener('change', apply);
        document.getElementById('prev').addEventListener('click', () => { page = Math.max(0, page - 1); draw(); });
        document.getElementById('next').addEventListener('click', () => { page++; draw(); });
        document.querySelectorAll('#comments th').forEach((th, i) => th.addEventListener('click', () => {
          const dir = th.dataset.dir === 'asc' ? -1 : 1; th.dataset.dir = dir === 1 ? 'asc' : 'desc';
          shown = [...shown].sort((a, b) => { const x = a[i], y = b[i];
            return dir * (typeof x === 'number' || typeof y === 'number' ? (x ?? -1) - (y ?? -1) : String(x).localeCompare(String(y))); });
          page = 0; draw();
        }));
        draw();
        })();
        </script>

        """
}
