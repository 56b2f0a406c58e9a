"""CLI command ``willay evaluate``: score predictions or the extractor against a gold file."""

from __future__ import annotations

import json

import click

from willay.errors import WillayError


def _thresholds(value: str | None) -> list[float]:
    if not value:
        return []
    try:
        return [float(part) for part in value.split(",") if part.strip()]
    except ValueError as exc:
        raise click.BadParameter(f"not a comma-separated list of numbers: {value!r}") from exc


@click.command("evaluate")
@click.option("--gold", "gold_path", required=True, type=click.Path(dir_okay=False),
              help="Gold JSONL file (one line per document).")
@click.option("--corpus", "corpus_paths", required=True, multiple=True, type=click.Path(),
              help="Corpus: JSONL of input records, .txt/.html files or a folder; repeatable.")
@click.option("--pred", "pred_path", type=click.Path(dir_okay=False),
              help="Score this output-contract JSONL instead of running the extractor.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Summary table or the full JSON report.")
@click.option("--details", is_flag=True,
              help="Per document: gold and predicted events side by side, disagreeing fields.")
@click.option("--doc", "doc_ids", multiple=True, help="Only this document id; repeatable.")
@click.option("--min-confidence", type=float, default=0.0, show_default=True,
              help="Drop predicted events below this confidence before scoring.")
@click.option("--thresholds", help="Comma-separated confidences: print the P/R trade-off.")
def evaluate_command(gold_path: str, corpus_paths: tuple[str, ...], pred_path: str | None,
                     fmt: str, details: bool, doc_ids: tuple[str, ...], min_confidence: float,
                     thresholds: str | None) -> None:
    """Score event detection, fields, attribution and tallies against a gold file."""
    from willay.evaluate import prepare
    from willay.evaluate.render import details as render_details
    from willay.evaluate.render import summary_table, trade_off_table

    levels = _thresholds(thresholds)
    try:
        evalset = prepare(gold_path, list(corpus_paths), pred_path, ids=list(doc_ids) or None)
    except WillayError as exc:
        raise click.ClickException(str(exc)) from exc
    evaluation = evalset.score(min_confidence)
    if fmt == "json":
        report = evaluation.to_dict()
        if levels:
            report["trade_off"] = evalset.trade_off(levels)
        if details:
            report["details"] = [doc.to_dict() for doc in evaluation.docs]
        click.echo(json.dumps(report, indent=2, ensure_ascii=False))
        return
    if details:
        click.echo(render_details(evaluation))
        click.echo()
    click.echo(summary_table(evaluation))
    if levels:
        click.echo()
        click.echo(trade_off_table(evalset.trade_off(levels)))


COMMANDS: list[click.Command] = [evaluate_command]
