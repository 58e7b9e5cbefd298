"""`briefing check`: a sound corpus says ok; every mistake is named as file:line: what."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

from briefing.cli import main

A = "lanmore-2024-07-15"
B = "lanmore-bulletin-2025-01"

PROBLEM_LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+): (?P<message>\S.*)$")


@dataclass
class Run:
    status: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return self.out.splitlines()


@pytest.fixture
def check(capsys: pytest.CaptureFixture[str]):
    def run(corpus: Path) -> Run:
        status = main(["check", "--corpus", str(corpus)])
        captured = capsys.readouterr()
        result = Run(status, captured.out, captured.err)
        assert "Traceback" not in result.out + result.err
        return result

    return run


def findings_file(corpus: Path, source: str) -> Path:
    return corpus / "data" / "findings" / f"{source}.toml"


def sources_file(corpus: Path) -> Path:
    return corpus / "data" / "sources.toml"


def article(corpus: Path, source: str) -> Path:
    return corpus / "seeds" / f"{source}.txt"


def line_of(path: Path, needle: str) -> int:
    """The 1-based number of the only line of ``path`` containing ``needle``."""
    numbers = [
        n
        for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if needle in text
    ]
    assert len(numbers) == 1, f"{needle!r} is on lines {numbers} of {path}"
    return numbers[0]


def header_of(path: Path, finding_id: str) -> int:
    """The line of the ``[[finding]]`` header of a finding."""
    lines = path.read_text(encoding="utf-8").splitlines()
    number = line_of(path, f'id = "{finding_id}"')
    while lines[number - 1].strip() != "[[finding]]":
        number -= 1
    return number


def sha_line(corpus: Path, index: int) -> int:
    """The line of the ``sha256`` of the ``index``-th source in sources.toml."""
    path = sources_file(corpus)
    digest = tomllib.loads(path.read_text(encoding="utf-8"))["source"][index]["sha256"]
    return line_of(path, f'sha256 = "{digest}"')


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def assert_reported(run: Run, path: Path, line: int, *fragments: str) -> str:
    """A line ``<path>:<line>: <message>`` is on stdout and its message says ``fragments``."""
    prefix = f"{path}:{line}: "
    matching = [text for text in run.lines if text.startswith(prefix)]
    assert matching, f"no problem reported at {path}:{line}; output was:\n{run.out}"
    message = matching[0][len(prefix) :]
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in {message!r}"
    return message


def assert_failed(run: Run, problems: int) -> None:
    assert run.status == 1
    assert all(PROBLEM_LINE.match(text) for text in run.lines), run.out
    assert len(run.lines) == problems, run.out
    assert run.err == f"{problems} problem(s) found\n"


# --- sound corpora -------------------------------------------------------------------


def test_fixture_corpus_is_ok(check, fixture_corpus: Path):
    run = check(fixture_corpus)
    assert run.status == 0
    assert run.out == "ok: 2 sources, 11 findings\n"
    assert run.err == ""


def test_bundled_corpus_is_ok(check, bundled: Path):
    run = check(bundled)
    assert run.status == 0
    assert re.fullmatch(r"ok: \d+ sources, \d+ findings\n", run.out)


def test_check_defaults_to_the_bundled_corpus(check, capsys: pytest.CaptureFixture[str]):
    assert main(["check"]) == 0
    assert capsys.readouterr().out.startswith("ok: ")


# --- one mistake at a time -----------------------------------------------------------


def test_malformed_toml_in_a_findings_file(check, corpus_copy: Path):
    path = findings_file(corpus_copy, A)
    line = line_of(path, 'statement = "Land registry not yet')
    edit(path, 'statement = "Land registry not yet', "statement = Land registry not yet")
    run = check(corpus_copy)
    assert_failed(run, 1)
    assert_reported(run, path, line, "malformed TOML")


def test_quote_not_in_its_article(check, corpus_copy: Path):
    path = findings_file(corpus_copy, A)
    line = line_of(path, 'quote = "the province had issued 1,250,000')
    edit(path, "issued 1,250,000 chip", "issued 9,250,000 chip")  # same length as the span
    run = check(corpus_copy)
    assert_failed(run, 1)
    assert_reported(run, path, line, "lm-chip-id-cards", f"quote is not in seeds/{A}.txt")


def test_quote_at_a_wrong_span_says_where_it_is(check, corpus_copy: Path):
    path = findings_file(corpus_copy, A)
    finding = next(
        f
        for f in tomllib.loads(path.read_text(encoding="utf-8"))["finding"]
        if f["id"] == "lm-online-services"
    )
    start, end = finding["span"]
    edit(path, f"span = [{start}, {end}]", f"span = [{start + 3}, {end + 3}]")
    line = line_of(path, f"span = [{start + 3}, {end + 3}]")
    run = check(corpus_copy)
    assert_failed(run, 1)
    assert_reported(
        run,
        path,
        line,
        "lm-online-services",
        f"not at span [{start + 3}, {end + 3}]",
        f"it is at [{start}, {end}]",
    )


def test_span_length_differs_from_the_quote(check, corpus_copy: Path):
    path = findings_file(corpus_copy, A)
    finding = next(
        f
        for f in tomllib.loads(path.read_text(encoding="utf-8"))["finding"]
        if f["id"] == "lm-online-services"
    )
    start, end = finding["span"]
    edit(path, f"span = [{start}, {end}]", f"span = [{start}, {end - 1}]")
    run = check(corpus_copy)
    assert_failed(run, 1)
    assert_reported(
        run,
        path,
        line_of(path, f"span = [{start}, {end - 1}]"),
        "lm-online-services",
        "the quote is",
    )


def test_unknown_source_id_in_a_findings_file(check, corpus_copy: Path):
    path = findings_file(corpus_copy, B)
    edit(path, f'source = "{B}"', 'source = "lanmore-bulletin-2099"')
    run = check(corpus_copy)
    assert_failed(run, 1)
    assert_reported(
        run,
        path,
        line_of(path, "source = "),
        "unknown source id 'lanmore-bulletin-2099'",
        "sources.toml",
    )


def test_missing_article_file(check, corpus_copy: Path):
    article(corpus_copy, B).unlink()
    run = check(corpus_copy)
    assert_failed(run, 1)
    assert_reported(
        run,
        sources_file(corpus_copy),
        line_of(sources_file(corpus_copy), f'file = "{B}.txt"'),
        f"{B}.txt",
        "not found",
    )


def test_article_that_is_not_utf8(check, corpus_copy: Path):
    path = article(corpus_copy, A)
    lines = path.read_bytes().split(b"\n")
    number = next(n for n, text in enumerate(lines, 1) if text.startswith(b"By the end of June"))
    lines[number - 1] = b"\xff\xfe" + lines[number - 1]
    path.write_bytes(b"\n".join(lines))
    run = check(corpus_copy)
    assert_failed(run, 1)
    assert_reported(run, path, number, "not valid UTF-8")


# One edit to a findings file, one problem reported at the line (or table) it touched.
ONE_EDIT = [
    pytest.param(
        A,
        ('due = "2025-03-31"', 'due = "2025-02-30"'),
        ("line", 'due = "2025-02-30"'),
        ("lm-land-registry-deadline", "'2025-02-30' is not a real date"),
        id="impossible-due-date",
    ),
    pytest.param(
        B,
        ('id = "lb-officials-skills"', 'id = "lm-online-services"'),
        ("line", 'id = "lm-online-services"'),
        ("duplicate finding id 'lm-online-services'",),
        id="duplicate-id-across-files",
    ),
    pytest.param(
        A,
        ('name = "online_public_services"', 'name = "online_services_total"'),
        ("line", 'name = "online_services_total"'),
        ("lm-online-services", "unknown metric 'online_services_total'", "metrics.toml"),
        id="unknown-metric",
    ),
    pytest.param(
        B,
        ('unit = "cards"', 'unit = "million cards"'),
        ("line", 'unit = "million cards"'),
        ("lb-chip-id-cards", "'chip_id_cards_issued' is in 'cards', not 'million cards'"),
        id="metric-in-the-wrong-unit",
    ),
    pytest.param(
        B,
        ('due = "2025-05"\n', ""),
        ("header", "lb-electronic-documents"),
        ("lb-electronic-documents", "a deadline needs a due date"),
        id="deadline-without-due",
    ),
    pytest.param(
        B,
        ('topics = ["governance"]', 'topics = ["governance", "teleportation"]'),
        ("line", "teleportation"),
        ("lb-electronic-documents", "unknown topic 'teleportation'", "topics.toml"),
        id="unknown-topic",
    ),
    pytest.param(
        B,
        ('statement = "Upgrade the provincial data centre"\n', ""),
        ("header", "lb-data-centre-upgrade"),
        ("lb-data-centre-upgrade", "'statement' is missing"),
        id="missing-field-of-a-finding",
    ),
    pytest.param(
        B,
        ('id = "lb-officials-skills"\n', 'id = "lb-officials-skills"\ncolour = "red"\n'),
        ("line", 'colour = "red"'),
        ("lb-officials-skills", "unknown field 'colour'"),
        id="unknown-extra-field",
    ),
]


@pytest.mark.parametrize(("source", "change", "where", "words"), ONE_EDIT)
def test_one_edit_one_problem_at_its_line(
    check,
    corpus_copy: Path,
    source: str,
    change: tuple[str, str],
    where: tuple[str, str],
    words: tuple[str, ...],
):
    path = findings_file(corpus_copy, source)
    edit(path, *change)
    run = check(corpus_copy)
    assert_failed(run, 1)
    how, text = where
    line = line_of(path, text) if how == "line" else header_of(path, text)
    assert_reported(run, path, line, *words)


def test_changed_article(check, corpus_copy: Path):
    path = article(corpus_copy, B)
    path.write_bytes(path.read_bytes() + b"\nCorrection: a figure was updated.\n")
    run = check(corpus_copy)
    assert_failed(run, 1)
    assert_reported(
        run,
        sources_file(corpus_copy),
        sha_line(corpus_copy, 1),
        f"{B}.txt",
        "has changed since it was curated",
    )


def test_missing_required_field_of_a_source(check, corpus_copy: Path):
    sources = sources_file(corpus_copy)
    header = line_of(sources, f'id = "{A}"') - 1
    assert sources.read_text(encoding="utf-8").splitlines()[header - 1] == "[[source]]"
    edit(sources, 'outlet = "Lanmore Daily"\n', "")
    run = check(corpus_copy)
    # the source is rejected, so its findings file cites an unknown source
    assert_failed(run, 2)
    assert_reported(run, sources, header, f"source '{A}'", "'outlet' is missing")
    assert_reported(
        run,
        findings_file(corpus_copy, A),
        line_of(findings_file(corpus_copy, A), "source = "),
        f"unknown source id '{A}'",
    )


def test_several_problems_reported_in_one_run(check, corpus_copy: Path):
    a, b = findings_file(corpus_copy, A), findings_file(corpus_copy, B)
    edit(a, 'name = "online_public_services"', 'name = "online_services_total"')
    edit(b, 'topics = ["governance"]', 'topics = ["governance", "teleportation"]')
    edit(b, 'due = "2025-Q2"', 'due = "2025-Q5"')
    article(corpus_copy, B).write_bytes(article(corpus_copy, B).read_bytes() + b"\n")
    run = check(corpus_copy)
    assert_failed(run, 4)
    assert_reported(run, a, line_of(a, "online_services_total"), "unknown metric")
    assert_reported(run, b, line_of(b, "teleportation"), "unknown topic")
    assert_reported(run, b, line_of(b, "2025-Q5"), "'2025-Q5' is not a date or period")
    assert_reported(run, sources_file(corpus_copy), sha_line(corpus_copy, 1), "has changed")


def test_missing_corpus_parts(check, tmp_path: Path):
    (tmp_path / "empty").mkdir()
    run = check(tmp_path / "empty")
    assert run.status == 1
    assert run.out.count("not found") == 4  # topics, metrics, sources, findings folder
    assert run.err == "4 problem(s) found\n"


# --- subtler mistakes -------------------------------------------------------------


def test_duplicate_id_reported_even_when_the_first_copy_has_a_problem(check, corpus_copy):
    a, b = findings_file(corpus_copy, A), findings_file(corpus_copy, B)
    edit(a, "A total of 412 online", "A total of 413 online")
    edit(b, 'id = "lb-officials-skills"', 'id = "lm-online-services"')
    run = check(corpus_copy)
    assert_reported(run, a, line_of(a, "A total of 413"), "quote is not in")
    assert_reported(run, b, line_of(b, 'id = "lm-online-services"'), "duplicate finding id")


def test_id_with_a_trailing_newline_is_rejected(check, corpus_copy: Path):
    path = findings_file(corpus_copy, B)
    edit(path, 'id = "lb-officials-skills"', 'id = "lb-officials-skills\\n"')
    run = check(corpus_copy)
    assert run.status == 1
    assert_reported(run, path, line_of(path, 'id = "lb-officials-skills'), "lb-officials-skills")


def test_half_year_due_is_rejected(check, corpus_copy: Path):
    path = findings_file(corpus_copy, B)
    edit(path, 'due = "2025-Q2"', 'due = "2025-H1"')
    run = check(corpus_copy)
    assert run.status == 1
    assert_reported(run, path, line_of(path, 'due = "2025-H1"'), "2025-H1")
