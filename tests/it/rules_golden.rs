//! Golden-file tests for rule diagnostics.
//!
//! Each `tests/golden/rules/<case>/input/` is a (broken) rules directory; `expected.txt` holds the
//! exact rendered diagnostics (`{:#}`, hints included), with paths relative to the case
//! directory so the output does not depend on where the repository lives. Run with
//! `UPDATE_GOLDEN=1` to rewrite the expected files after an intended change, then review the diff.

use std::fs;
use std::path::{Path, PathBuf};

use scamwatch::detect::rules::compile_dir;

fn render(case: &Path) -> String {
    let mut out = String::new();
    match compile_dir(&case.join("input")) {
        Ok(set) => {
            out.push_str(&format!("ok: {} rules\n", set.rules().len()));
            for w in set.warnings() {
                out.push_str(&format!("{w:#}\n"));
            }
        }
        Err(diags) => {
            for d in diags {
                out.push_str(&format!("{d:#}\n"));
            }
        }
    }
    out.replace(&format!("{}/", case.display()), "")
}

fn cases() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/rules");
    let mut cases: Vec<PathBuf> = fs::read_dir(&root)
        .expect("tests/golden/rules exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.join("input").is_dir())
        .collect();
    cases.sort();
    cases
}

#[test]
fn diagnostics_match_golden_files() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let cases = cases();
    assert!(
        cases.len() >= 9,
        "expected the golden cases, found {}",
        cases.len()
    );
    let mut mismatches = Vec::new();
    for case in cases {
        let got = render(&case);
        let path = case.join("expected.txt");
        if update {
            fs::write(&path, &got).expect("write expected.txt");
            continue;
        }
        let want = fs::read_to_string(&path).unwrap_or_default();
        if got != want {
            mismatches.push(format!(
                "== {}\n-- expected\n{want}-- got\n{got}",
                case.display()
            ));
        }
    }
    assert!(
        mismatches.is_empty(),
        "golden mismatches (UPDATE_GOLDEN=1 to accept):\n{}",
        mismatches.join("\n")
    );
}

#[test]
fn only_warnings_cases_compile() {
    for case in cases() {
        let warnings_only = case
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("warnings-"));
        let result = compile_dir(&case.join("input"));
        assert_eq!(result.is_ok(), warnings_only, "{}", case.display());
    }
}
