//! `redac rewrite|stats|check --jsonl`: the stream mode as Spark's `RDD.pipe` or Hadoop
//! Streaming drive it, on the real binary.

use assert_cmd::Command;
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write};
use std::process::Stdio;

const FRENCH: &str = include_str!("../fixtures/000_3b268ec18a991379.txt");
const ENGLISH: &str = "The city council voted on Thursday to spend twelve million dollars on \
    schools. Work will start in September and last two years, the mayor said, and parents \
    welcomed a decision they had been waiting for since the last election.";
const SHORT: &str = "Le conseil municipal de Lyon a voté jeudi un budget de 12 millions d’euros \
    pour rénover les écoles de la ville.";

fn redac() -> Command {
    let mut command = Command::cargo_bin("redac").unwrap();
    // The run's day, the date of an article whose source shows none (2024-06-01).
    command.env("SOURCE_DATE_EPOCH", "1717200000");
    command
}

fn line(value: Value) -> Vec<u8> {
    let mut bytes = serde_json::to_vec(&value).unwrap();
    bytes.push(b'\n');
    bytes
}

/// Good records with one of each kind of bad line between them.
fn mixed_stream() -> Vec<u8> {
    [
        line(json!({"id": 1, "text": FRENCH})),
        b"{\"id\": 2, \"text\": oops}\n".to_vec(),
        line(json!({"id": "trois", "text": FRENCH, "min_words": 100})),
        b"{\"id\": 4, \"text\": \"caf\xe9\"}\n".to_vec(),
        line(json!({"id": {"desk": "web", "n": [5]}, "text": FRENCH})),
        line(json!({"id": 6, "text": "x".repeat(5_000)})),
        line(json!({"id": 7, "text": ENGLISH})),
        line(json!({"id": 8})),
        line(json!({"id": 9, "text": FRENCH, "with": [SHORT, {"text": SHORT, "name": "b"}]})),
    ]
    .concat()
}

fn records(stdout: &[u8]) -> Vec<Value> {
    let text = std::str::from_utf8(stdout).unwrap();
    assert!(text.is_empty() || text.ends_with('\n'));
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn jsonl(command: &str, args: &[&str], input: Vec<u8>) -> Vec<u8> {
    let output = redac()
        .args([command, "--jsonl"])
        .args(args)
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    output.stdout
}

#[test]
fn n_lines_in_n_lines_out_in_order_with_errors_in_the_middle() {
    let out = records(&jsonl("rewrite", &["--max-bytes", "4000"], mixed_stream()));
    let statuses: Vec<&str> = out.iter().map(|r| r["status"].as_str().unwrap()).collect();
    assert_eq!(
        statuses,
        [
            "brief_not_met",
            "error",
            "ok",
            "error",
            "brief_not_met",
            "error",
            "error",
            "error",
            "brief_not_met"
        ]
    );
    for (n, record) in out.iter().enumerate() {
        assert_eq!(record["line"], n as u64 + 1);
        if record["status"] == "error" {
            let message = record["error"].as_str().unwrap();
            assert!(
                message.starts_with(&format!("line {}: ", n + 1)),
                "{message}"
            );
            assert!(record.get("markdown").is_none());
        } else {
            assert!(record["markdown"].as_str().unwrap().starts_with("---\n"));
            assert_eq!(record["front_matter"]["title"], record["report"]["title"]);
        }
    }
    let error = |n: usize| out[n]["error"].as_str().unwrap().to_string();
    assert!(error(1).contains("malformed JSON"));
    assert!(error(3).contains("not UTF-8"));
    assert!(error(5).contains("over the --max-bytes limit"));
    assert!(error(6).contains("not French"));
    assert!(error(7).contains("no source"));
}

#[test]
fn ids_are_echoed_whatever_their_type() {
    let out = records(&jsonl("rewrite", &[], mixed_stream()));
    assert_eq!(out[0]["id"], json!(1));
    assert_eq!(out[2]["id"], json!("trois"));
    assert_eq!(out[4]["id"], json!({"desk": "web", "n": [5]}));
    // A record that parses keeps its id even when it fails; a line that does not parse has none.
    assert_eq!(out[6]["id"], json!(7));
    assert_eq!(out[1]["id"], Value::Null);
}

#[test]
fn one_job_and_two_give_the_same_bytes() {
    let many: Vec<u8> = (0..12).flat_map(|_| mixed_stream()).collect();
    let one = jsonl("rewrite", &["-j", "1"], many.clone());
    let two = jsonl("rewrite", &["-j", "2"], many);
    assert_eq!(records(&one).len(), 12 * 9);
    assert!(one == two, "-j 1 and -j 2 differ");
}

#[test]
fn the_stream_article_is_the_one_file_article() {
    let out = records(&jsonl(
        "rewrite",
        &[],
        line(json!({"id": 1, "text": FRENCH})),
    ));
    let single = redac().arg("rewrite").write_stdin(FRENCH).output().unwrap();
    assert_eq!(
        out[0]["markdown"],
        String::from_utf8(single.stdout).unwrap()
    );
}

#[test]
fn stats_and_check_answer_every_line_too() {
    let stats = records(&jsonl("stats", &["--max-bytes", "4000"], mixed_stream()));
    assert_eq!(stats.len(), 9);
    assert_eq!(stats[0]["status"], "ok");
    assert!(stats[0]["report"]["words"].as_u64().unwrap() > 100);
    assert_eq!(stats[5]["status"], "error");
    let articles: Vec<u8> = records(&jsonl("rewrite", &[], mixed_stream()))
        .iter()
        .flat_map(|r| line(json!({"id": r["id"], "markdown": r["markdown"], "min_words": 100})))
        .collect();
    let checked = records(&jsonl("check", &["--no-config"], articles));
    assert_eq!(checked.len(), 9);
    assert_eq!(checked[0]["status"], "ok", "{}", checked[0]);
    assert_eq!(checked[1]["status"], "error");
    assert!(checked[0]["report"]["figures"]["words"].as_u64().unwrap() > 100);
}

/// The peak resident memory of `redac rewrite --jsonl` over `count` records, each carrying a
/// 20 kB field it ignores: a reader that kept the stream would hold 20 kB a record.
#[cfg(target_os = "linux")]
fn peak_rss_kb(count: usize) -> u64 {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_redac"))
        .args(["rewrite", "--jsonl", "-j", "2", "-q"])
        .env("SOURCE_DATE_EPOCH", "1717200000")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let (done, finished) = std::sync::mpsc::channel::<()>();
    let writer = std::thread::spawn(move || {
        let pad = "p".repeat(20_000);
        for id in 0..count {
            let record = line(json!({"id": id, "text": SHORT, "pad": pad}));
            stdin.write_all(&record).unwrap();
        }
        // Stdin stays open until the peak is read, so the process is still there.
        finished.recv().unwrap();
    });
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    for _ in 0..count {
        lines.next().unwrap().unwrap();
    }
    let status = std::fs::read_to_string(format!("/proc/{}/status", child.id())).unwrap();
    let peak = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap();
    done.send(()).unwrap();
    writer.join().unwrap();
    assert!(child.wait().unwrap().success());
    peak
}

#[cfg(target_os = "linux")]
#[test]
fn memory_stays_flat_as_the_stream_grows() {
    let small = peak_rss_kb(500);
    let large = peak_rss_kb(2_000);
    // 1,500 more records are 30 MB more input: a stream held in memory would show it.
    assert!(
        large < small + 10_000,
        "peak RSS {small} kB for 500 records, {large} kB for 2,000"
    );
}

#[test]
fn a_killed_stream_leaves_only_whole_lines() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.jsonl");
    let file = std::fs::File::create(&path).unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_redac"))
        .args(["rewrite", "--jsonl", "-j", "2", "-q"])
        .stdin(Stdio::piped())
        .stdout(file)
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // Feed some records and keep standard input open, as a live feed does; kill redac once
    // it has answered them and waits for more. (A kill in the very middle of the write of a
    // large line can cut it, as the kernel may return from a write to a file early on a fatal
    // signal: docs/scale.md says so, and what a consumer does about it.)
    for id in 0..300 {
        stdin
            .write_all(&line(json!({"id": id, "text": FRENCH})))
            .unwrap();
    }
    stdin.flush().unwrap();
    let mut last = 0;
    loop {
        std::thread::sleep(std::time::Duration::from_millis(200));
        let size = std::fs::metadata(&path).unwrap().len();
        if size > 0 && size == last {
            break;
        }
        last = size;
    }
    child.kill().unwrap();
    child.wait().unwrap();
    drop(stdin);
    let out = records(&std::fs::read(&path).unwrap());
    assert!(!out.is_empty());
    for (n, record) in out.iter().enumerate() {
        assert_eq!(record["id"], n);
    }
}

/// A scraper's records (written for this test, news-please's fields) give the article's
/// title, date, author and address beside its `text`: read alone, the text lost its headline
/// to a sentence of the body ("Deux cents engins à assistance électrique seront répartis")
/// and its date to the run's. Each is the front matter's now, as `rewrite FILE.json` reads
/// one record; `stats` reads the record so too (the same keyphrase), and a forced format
/// reads the `text` alone.
#[test]
fn a_scrapers_record_gives_its_title_date_and_author() {
    let input = std::fs::read("fixtures/records/scraped_records.jsonl").unwrap();
    let sent: Vec<Value> = std::str::from_utf8(&input)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let rewritten = records(&jsonl("rewrite", &[], input.clone()));
    let measured = records(&jsonl("stats", &[], input.clone()));
    for ((record, article), stats) in sent.iter().zip(&rewritten).zip(&measured) {
        let front = &article["front_matter"];
        // The title as typeset (a no-break space before the colon, a curly apostrophe), a
        // rubric before its colon perhaps left out ("Roubaix : une rue…" → "Une rue…").
        let plain = |v: &Value| {
            v.as_str()
                .unwrap()
                .replace(['\u{a0}', '\u{202f}'], " ")
                .replace('’', "'")
                .to_lowercase()
        };
        assert!(
            plain(&record["title"]).ends_with(&plain(&front["title"])),
            "{front}"
        );
        for (field, from) in [
            ("date", "date"),
            ("author", "author"),
            ("source_url", "url"),
        ] {
            assert_eq!(front[field], record[from], "{field}");
        }
        assert_eq!(stats["report"]["keyphrase"], front["keyphrase"]);
    }
    let forced = records(&jsonl("rewrite", &["--input", "text"], input));
    assert_ne!(
        forced[0]["front_matter"]["title"],
        rewritten[0]["front_matter"]["title"]
    );
    assert_eq!(forced[0]["front_matter"]["date"], "2024-06-01");
}

/// Firecrawl's page as a record (its `data` object, the franceinfo page as `markdown`, its
/// address in `metadata`): the Markdown was read alone, the address lost. The record's
/// article is the one `rewrite FILE.json` writes of the whole response.
#[test]
fn a_scrapers_markdown_record_keeps_its_metadata() {
    let file = "fixtures/pages/francetv_darmanin_ldh_firecrawl.json";
    let response: Value = serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap();
    let rewritten = records(&jsonl("rewrite", &[], line(response["data"].clone())));
    let one_file = redac().args(["rewrite", file]).output().unwrap();
    assert_eq!(
        rewritten[0]["markdown"].as_str().unwrap(),
        std::str::from_utf8(&one_file.stdout).unwrap()
    );
    assert_eq!(
        rewritten[0]["front_matter"]["source_url"],
        response["data"]["metadata"]["sourceURL"]
    );
}
