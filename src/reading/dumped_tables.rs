//! Tables of figures as a page dump writes them: each cell on a line of its own, indented by
//! the tabs of the markup that held it, each row's cells together, rows apart by blank lines
//! (what an HTML-to-text extraction makes of `<table><tr><td>`):
//!
//! ```text
//! RSA et couple, les montants
//!
//! \t\t\tNombre d'enfant/personne à charge
//! \t\t\tMontant
//!
//! \t\t\t0
//! \t\t\t848,02 €
//! ```
//!
//! Read line by line, each cell was a paragraph of a word or a figure: the structure stage took
//! them for debris and left them out, and with them the intertitle over the table, whose
//! section then held nothing. A pipe table in a text read as text (html2text's conversion of a
//! page, a Markdown table pasted into a mail) went the same way, a line a row. Read here as
//! the rows of a table, they read as HTML's `<table>`
//! does ([`super::page::table_items`]): "Nombre d'enfant/personne à charge : Montant", "0 :
//! 848,02 €".

use super::page::{table_items, DATA_TABLE_MAX_ROWS};

/// What a line of the text is to a table dumped in it.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum TableLine {
    /// Not a table's (most lines).
    Other,
    /// The first line of a row: the row read as a list's item, `None` for a row the table is
    /// read without (a header over rows that read alone).
    RowStart(Option<String>),
    /// A later cell of a row, or a blank line between two rows: read with the row.
    Inside,
}

/// The lines of a text that tables take, in order, each with its part: only those, so that a
/// huge text with a table (or a dash beside a bar) holds no mark for each of its lines.
#[derive(Debug, Default)]
pub(super) struct TableLines(Vec<(usize, TableLine)>);

impl TableLines {
    /// What line `line` (0-based) is to a table; [`TableLine::Other`] for most.
    pub(super) fn at(&self, line: usize) -> &TableLine {
        match self.0.binary_search_by_key(&line, |(at, _)| *at) {
            Ok(found) => &self.0[found].1,
            Err(_) => &TableLine::Other,
        }
    }
}

/// A line that holds a table's cell: indented by two tabs or more (one tab indents a list's
/// item, [`super::page`]'s `tab_items`). Its text may be empty: a cell holding a no-break
/// space.
fn is_cell_line(line: &str) -> bool {
    line.starts_with("\t\t")
}

/// A pipe table's line under its header ("---|---", "| :--- | ---: |"): dashes, colons and
/// bars, two cells or more.
fn is_delimiter(line: &str) -> bool {
    let line = line.trim();
    line.contains('|')
        && line.matches('-').nth(2).is_some()
        && line.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

/// The lines of `text` that make rows of tables, each line's part in them; empty when no line
/// opens on two tabs and no pipe table's delimiter may be there (most texts, told by searches
/// over the bytes).
///
/// A table is two rows or more, and at most [`DATA_TABLE_MAX_ROWS`] (a longer one is a page's
/// listing, not the article's figures), of which two have two cells or more: a single column
/// of lines indented deep is a list, or a menu, not a table.
pub(super) fn table_lines(text: &str) -> TableLines {
    let cells_a_line = text.starts_with("\t\t") || text.contains("\n\t\t");
    let piped = text.contains("-|") || text.contains("|-") || text.contains("| -");
    let mut marks = TableLines::default();
    if !cells_a_line && !piped {
        return marks;
    }
    let lines: Vec<&str> = text.lines().collect();
    let mut at = 0;
    while at < lines.len() {
        let (rows, header) = if is_cell_line(lines[at]) {
            let rows = rows_from(&lines, at);
            let header = is_header(&rows);
            (rows, header)
        } else if piped
            && lines[at].contains('|')
            && lines.get(at + 1).is_some_and(|l| is_delimiter(l))
        {
            (piped_rows_from(&lines, at), true)
        } else {
            at += 1;
            continue;
        };
        let end = rows.last().map_or(at + 1, |row| row.end);
        if is_table(&rows) {
            mark(&mut marks, &rows, header);
        }
        at = end;
    }
    marks
}

/// The rows of a pipe table a text holds (html2text's, a Markdown table pasted into a text):
/// the header at line `at`, the delimiter under it, then each line holding a bar, up to a
/// line without one.
fn piped_rows_from<'a>(lines: &[&'a str], at: usize) -> Vec<Row<'a>> {
    let row = |line: usize| Row {
        start: line,
        end: line + 1,
        cells: piped_cells(lines[line]),
    };
    let mut rows = vec![Row {
        end: at + 2,
        ..row(at)
    }];
    rows.extend(
        (at + 2..lines.len())
            .take_while(|&line| lines[line].contains('|') && !is_delimiter(lines[line]))
            .map(row),
    );
    rows
}

/// "| 0 | 848,02 € |": the cells between the bars, the outer bars optional.
fn piped_cells(line: &str) -> Vec<&str> {
    let line = line.trim();
    let line = line.strip_prefix('|').unwrap_or(line);
    let line = line.strip_suffix('|').unwrap_or(line);
    line.split('|')
        .map(str::trim)
        .filter(|cell| !cell.is_empty())
        .collect()
}

/// A row of a dumped table: its lines `start..end`, and its cells' texts.
struct Row<'a> {
    start: usize,
    end: usize,
    cells: Vec<&'a str>,
}

/// The rows from line `at` (a cell's): runs of cell lines, apart by blank lines, until a line
/// of text or the end.
fn rows_from<'a>(lines: &[&'a str], mut at: usize) -> Vec<Row<'a>> {
    let mut rows = Vec::new();
    while at < lines.len() && is_cell_line(lines[at]) {
        let start = at;
        while at < lines.len() && is_cell_line(lines[at]) {
            at += 1;
        }
        let cells = lines[start..at]
            .iter()
            .map(|line| line.trim())
            .filter(|cell| !cell.is_empty())
            .collect();
        rows.push(Row {
            start,
            end: at,
            cells,
        });
        let after_blanks = at
            + lines[at..]
                .iter()
                .take_while(|line| line.trim().is_empty() && !is_cell_line(line))
                .count();
        if after_blanks == lines.len() || !is_cell_line(lines[after_blanks]) {
            break;
        }
        at = after_blanks;
    }
    rows
}

fn is_table(rows: &[Row]) -> bool {
    (2..=DATA_TABLE_MAX_ROWS).contains(&rows.len())
        && rows.iter().filter(|row| row.cells.len() >= 2).count() >= 2
}

/// The first row names the columns when it holds no figure and every other row does ("Nombre
/// d'enfant/personne à charge | Personne seule | Parent isolé" over "1 | 848,02 | 967,96"):
/// the `<th>` row of the markup, which a dump does not tell apart.
fn is_header(rows: &[Row]) -> bool {
    let holds_figure = |row: &Row| {
        row.cells
            .iter()
            .any(|cell| cell.bytes().any(|b| b.is_ascii_digit()))
    };
    rows.len() >= 2 && !holds_figure(&rows[0]) && rows[1..].iter().all(holds_figure)
}

/// Each row's first line takes the row as the table reads it, its other lines and the blank
/// lines after it (up to the next row) are read with it.
fn mark(marks: &mut TableLines, rows: &[Row], header: bool) {
    let cells = |row: &Row| -> Vec<String> { row.cells.iter().map(|c| c.to_string()).collect() };
    let header = header.then(|| cells(&rows[0]));
    let body: Vec<Vec<String>> = rows[usize::from(header.is_some())..]
        .iter()
        .map(cells)
        .collect();
    let items = table_items(header.as_deref(), &body);
    // A header the table is read without is no item: its row reads as nothing.
    let left_out = rows.len() - items.len();
    let items = std::iter::repeat_n(None, left_out).chain(items);
    for ((i, row), item) in rows.iter().enumerate().zip(items) {
        marks.0.push((row.start, TableLine::RowStart(item)));
        let next = rows.get(i + 1).map_or(row.end, |next| next.start);
        marks
            .0
            .extend((row.start + 1..next).map(|line| (line, TableLine::Inside)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<Option<String>> {
        table_lines(text)
            .0
            .into_iter()
            .filter_map(|(_, mark)| match mark {
                TableLine::RowStart(read) => Some(read),
                _ => None,
            })
            .collect()
    }

    /// L'Internaute's RSA amounts, as its dump wrote them: each row reads as one item, the
    /// header first, since the labels it names are figures.
    #[test]
    fn a_dumped_table_reads_row_by_row() {
        let text = "RSA et couple, les montants\n\n\n\
                    \t\t\tNombre d'enfant/personne à charge\n\t\t\tMontant\n\n\n\
                    \t\t\t0\n\t\t\t848,02 €\n\n\n\
                    \t\t\t1\n\t\t\t1 017,63 €\n\n\n\n\
                    Concernant les revenus pris en compte par la CAF.\n";
        assert_eq!(
            rows(text),
            [
                Some("Nombre d'enfant/personne à charge : Montant".into()),
                Some("0 : 848,02 €".into()),
                Some("1 : 1 017,63 €".into())
            ]
        );
        // Over labels that are words, a header of two columns says nothing of its own.
        let labelled =
            "\t\tPoste\n\t\tMontant\n\n\t\tÉcoles\n\t\t58 M€\n\n\t\tTransports\n\t\t42 M€\n";
        assert_eq!(
            rows(labelled),
            [
                None,
                Some("Écoles : 58 M€".into()),
                Some("Transports : 42 M€".into())
            ]
        );
        let marks = table_lines(text);
        assert_eq!(*marks.at(0), TableLine::Other);
        assert_eq!(*marks.at(4), TableLine::Inside, "the row's second cell");
        assert_eq!(*marks.at(5), TableLine::Inside, "a blank line between rows");
        assert_eq!(
            *marks.at(15),
            TableLine::Other,
            "the paragraph after the table"
        );
    }

    /// An empty cell (a no-break space) is left out of its row, as the HTML reader leaves out
    /// an empty `<td>`; a row of three cells keeps them all.
    #[test]
    fn empty_cells_are_left_out_and_every_other_kept() {
        let text = "\t\t\tFemme enceinte isolée\n\t\t\t\u{a0}\n\t\t\t725,97\n\n\
                    \t\t\t1\n\t\t\t848,02\n\t\t\t967,96\n";
        assert_eq!(
            rows(text),
            [
                Some("Femme enceinte isolée : 725,97".into()),
                Some("1 ; 848,02 ; 967,96".into())
            ]
        );
    }

    /// One column of deep lines is not a table; nor is one row; nor a listing longer than
    /// the article's tables are; a text without two tabs at a line's start is not read.
    #[test]
    fn what_is_not_a_table_is_left_as_lines() {
        assert!(table_lines("Un texte.\n\tUn item.\n").0.is_empty());
        let column = "\t\tAccueil\n\n\t\tPolitique\n\n\t\tSport\n";
        assert!(rows(column).is_empty());
        assert!(rows("\t\tParis\n\t\t35 pts\n").is_empty());
        let listing: String = (0..=DATA_TABLE_MAX_ROWS)
            .map(|i| format!("\t\t{i}\n\t\tÉquipe {i}\n\n"))
            .collect();
        assert!(rows(&listing).is_empty());
    }

    /// html2text's table in a text read as text: the header over its delimiter, then a row a
    /// line, the outer bars optional; the prose under it is no row, nor is a line of bars
    /// without a header over it.
    #[test]
    fn a_pipe_table_in_a_text_reads_row_by_row() {
        let text = "Les montants\n\n\
                    Nombre d'enfants | Personne seule | Parent isolé\n\
                    ---|---|---\n\
                    | 1 | 848,02 | 967,96 |\n\
                    2 | 1 017,63 € | 1 209,95 €\n\
                    Inévitablement, ce forfait réduit le montant.\n";
        assert_eq!(
            rows(text),
            [
                Some("Nombre d'enfants ; Personne seule ; Parent isolé".into()),
                Some("1 ; 848,02 ; 967,96".into()),
                Some("2 ; 1 017,63 € ; 1 209,95 €".into())
            ]
        );
        let marks = table_lines(text);
        assert_eq!(*marks.at(3), TableLine::Inside, "the delimiter");
        assert_eq!(*marks.at(6), TableLine::Other, "the prose under the table");
        assert!(rows("Un texte.\n---|---\nA | B\n").is_empty());
        // A dash beside a bar lets the text be read for tables; a line of bars under it
        // without its delimiter is no header.
        assert!(rows("Score | 2-|-1\nRennes | Lyon\n").is_empty());
    }

    proptest::proptest! {
        /// Any text of tabs, cells and blank lines is read without a panic, a mark a line, and
        /// a row's start read back as the page's block holds the row's cells, in order.
        #[test]
        fn every_line_gets_one_mark(text in "([a1, \t\n|:]|\r\n|\t\t|---){0,40}") {
            let marks = table_lines(&text);
            let lines = text.lines().count();
            proptest::prop_assert!(marks.0.windows(2).all(|w| w[0].0 < w[1].0));
            proptest::prop_assert!(marks.0.iter().all(|(line, _)| *line < lines));
            let page = super::super::page::Page::from_text(&text);
            let rows = page
                .blocks
                .iter()
                .filter(|b| b.hint == Some(super::super::page::Hint::TableRow))
                .count();
            let starts = marks
                .0
                .iter()
                .filter(|(_, m)| matches!(m, TableLine::RowStart(Some(_))))
                .count();
            proptest::prop_assert_eq!(rows, starts);
        }
    }
}
