"""``eventwire eval …``: the project's scorers on gold data (one command per gold set)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from eventwire.cli.app import app, console, errors

SHARED_SEED = Path(__file__).resolve().parents[3].parent / "shared" / "examples" / "seed"
SEED_ARTICLE = SHARED_SEED / "article.txt"
SEED_EXPECTED = SHARED_SEED / "expected.yaml"

eval_app = typer.Typer(help="Score eventwire against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


@eval_app.command("seed")
def seed(
    article: Annotated[Path, typer.Argument(help="Reference-format article.")] = SEED_ARTICLE,
    expected: Annotated[Path, typer.Argument(help="The analyst's expected.yaml.")] = SEED_EXPECTED,
) -> None:
    """Check an article's extraction against an analyst's must/should coding.

    Exits 1 when a ``must`` item is missing.
    """
    from eventwire.eval.seed import load_expected, score
    from eventwire.ingest import IngestOptions, read_file
    from eventwire.models import Article
    from eventwire.pipeline import Pipeline

    (item,) = list(read_file(article, IngestOptions()))
    if not isinstance(item, Article):
        errors.print(f"[red]{item.origin}: {item.reason}[/red]")
        raise typer.Exit(2)
    results = score(Pipeline().process(item), load_expected(expected))
    table = Table(title=f"{article.name} against {expected.name}")
    for column in ("kind", "level", "item", "found"):
        table.add_column(column)
    for result in results:
        table.add_row(result.kind, result.level, result.label,
                      "[green]yes[/green]" if result.found else "[red]no[/red]")
    console.print(table)
    for level in ("must", "should"):
        chosen = [r for r in results if r.level == level]
        console.print(f"{level}: {sum(r.found for r in chosen)}/{len(chosen)} found")
    raise typer.Exit(0 if all(r.found for r in results if r.level == "must") else 1)


@eval_app.command("plover")
def plover(
    path: Annotated[Path, typer.Argument(
        help="PLOVER_GSR_CAMEO.json (PLOVER 0.5 gold sentences) or a file in its format "
        "such as tests/data/plover_afp_dev.json (all dev).", exists=True,
        dir_okay=False)],
    split: Annotated[str, typer.Option(
        "--split", help="Split to report: dev, held-out or both; tuning reads dev only, "
        "so held-out can be left unseen until the final count.")] = "both",
    errors_shown: Annotated[int, typer.Option(
        "--errors", help="List up to N misjudged records of --split (dev when both) "
        "(gold against system events) after the scores.")] = 0,
) -> None:
    """Event coding against the PLOVER gold set: precision, recall, F1, per-type F1 and a
    confusion matrix, for the dev (even records) and held-out (odd records) halves, or for
    the one split a file's documentation record names."""
    from eventwire.eval.plover import errors, report, run, score

    if split not in {"dev", "held-out", "both"}:
        raise typer.BadParameter("--split must be dev, held-out or both")
    gold, results = run(path)
    splits = score(gold, results)
    typer.echo(report({name: scores for name, scores in splits.items()
                       if split in {name, "both"}}))
    if errors_shown:
        typer.echo(errors(gold, results, "dev" if split == "both" else split, errors_shown))


@eval_app.command("agreement")
def agreement_command(
    first: Annotated[Path, typer.Argument(
        help="First annotation in the PLOVER gold format, e.g. tests/data/plover_afp_dev.json.",
        exists=True, dir_okay=False)],
    second: Annotated[Path, typer.Argument(
        help="Second annotation of the same sentences, e.g. "
        "tests/data/plover_afp_dev.annotator2.json.", exists=True, dir_okay=False)],
) -> None:
    """Inter-annotator agreement of two codings of the same sentences: event / no event
    kappa per sentence, event-level P/R/F1 (the PLOVER scorer's matching rule, the first
    file as reference), per-type counts and the disagreeing sentences."""
    from eventwire.eval.agreement import compare, report

    try:
        agreement = compare(first, second)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from error
    typer.echo(report(agreement, first.name, second.name))


@eval_app.command("actors")
def actors_command(
    gold: Annotated[Path, typer.Argument(help="PLOVER_GSR_CAMEO.json (PLOVER gold records).",
                                         exists=True, dir_okay=False)],
    split: Annotated[str, typer.Option(
        "--split", help="dev (even records), held-out (odd records) or all; a file "
        "whose documentation record names one split has only that one.")] = "all",
    errors_shown: Annotated[int, typer.Option(
        "--errors", help="List up to N misjudged gold actors of the chosen split.")] = 0,
    kb: Annotated[list[Path] | None, typer.Option(
        "--kb", help="Extra actor file(s) in the knowledge-base format.")] = None,
) -> None:
    """Actor country and sector accuracy on the PLOVER gold actors."""
    from eventwire.eval.actors import score_file
    from eventwire.eval.splits import SPLITS
    from eventwire.kb import load_kb
    from eventwire.pipeline import Pipeline

    if split not in {*SPLITS, "all"}:
        raise typer.BadParameter("--split must be dev, held-out or all")
    pipeline = Pipeline(kb=load_kb(tuple(kb or ())))
    scores = score_file(gold, pipeline)
    for name in SPLITS if split == "all" else (split,):
        score = scores[name]
        if split == "all" and not score.total:
            continue  # a file of one split
        console.print(
            f"{name:9} gold actors {score.total:4d} · country {score.country_accuracy():.3f} "
            f"· country (places too) {score.country_accuracy(True):.3f} · sector "
            f"{score.sector_accuracy():.3f} (of {score.with_sector}) · text not found "
            f"{score.unlocated}")
    if errors_shown and split != "all":
        wrong = [j for j in scores[split].judgements
                 if not j.country_ok or (j.gold.sector and not j.sector_ok)]
        for judgement in wrong[:errors_shown]:
            gold_actor = judgement.gold
            console.print(f"  #{gold_actor.record} {gold_actor.text!r} gold "
                          f"{gold_actor.code}/{gold_actor.sector} → {judgement.system!r} "
                          f"{judgement.country}/{judgement.sector}", highlight=False)


@eval_app.command("timeml")
def timeml(
    directory: Annotated[Path, typer.Argument(help="Folder of TimeML (.tml) files.")],
    worst: Annotated[int, typer.Option("--worst", help="How many of the worst errors to list.",
                                       min=0)] = 20,
    errors: Annotated[list[str] | None, typer.Option(
        "--errors", help="List every error of this kind (missed, spurious, value, type), "
                         "with its document, the system's rule and the text around it; "
                         "repeatable.")] = None,
) -> None:
    """Temporal expressions against TimeML gold: strict/relaxed span and value P/R/F1."""
    from eventwire.eval.timeml import ERROR_KINDS, Counts, evaluate_directory

    unknown = sorted(set(errors or ()) - set(ERROR_KINDS))
    if unknown:
        raise typer.BadParameter(f"unknown error kind(s) {unknown}; use {ERROR_KINDS}")

    report = evaluate_directory(directory)
    table = Table(title=f"TIMEX3 on {directory} ({report.documents} documents, "
                        f"{report.relaxed.gold} gold, {report.relaxed.system} system)")
    for header in ("measure", "P", "R", "F1"):
        table.add_column(header, justify="left" if header == "measure" else "right")

    def row(name: str, counts: Counts) -> None:
        table.add_row(name, f"{counts.precision:.3f}", f"{counts.recall:.3f}", f"{counts.f1:.3f}")

    row("strict span", report.strict)
    row("relaxed span", report.relaxed)
    row("value", report.value)
    row("type", report.type)
    for kind, counts in report.relaxed_by_type.items():
        row(f"{kind} relaxed span ({counts.gold} gold)", counts)
        row(f"{kind} value", report.value_by_type[kind])
    console.print(table)
    if worst:
        listing = Table(title=f"worst {worst} errors")
        for header in ("n", "kind", "text", "gold value", "system value"):
            listing.add_column(header)
        for (kind, text, gold, system), count in report.worst(worst):
            listing.add_row(str(count), kind, text, gold, system)
        console.print(listing)
    for kind in errors or ():
        chosen = [error for error in report.errors if error.kind == kind]
        console.print(f"{len(chosen)} {kind} errors", style="bold")
        for error in chosen:
            console.print(error.label, markup=False, highlight=False, soft_wrap=True)
