"""A plot read at a glance: per benchmark, Insula hosted beside Linux, in
cycles on a log scale. Drawn with gnuplot if installed, else with
matplotlib if importable; otherwise skipped with the package to install."""
import os
import shutil
import subprocess

from protocol import variant_of
import report

INSTALL_HINT = "plot skipped: install gnuplot-nox"


def bars(summaries):
    """[(label, hosted median or None, linux median or None)] for the plot."""
    out = []
    for key in report.all_keys(summaries):
        hosted = report.insula_figure(summaries, "hosted", key)
        for linux in report.linux_variants(summaries, key) or [None]:
            if hosted is None and linux is None:
                continue
            label = key[0] + (f" {key[1]} B" if key[1] else "")
            if linux:
                label += f" ({variant_of(linux['name'])})"
            out.append((label, hosted and hosted["median"], linux and linux["median"]))
    return out


def gnuplot_script(data_path, png_path, title):
    return "\n".join([
        "set terminal pngcairo noenhanced size 1600,800 font ',10'",
        f"set output '{png_path}'",
        f"set title '{title.replace(chr(39), '')}'",
        "set datafile missing '?'",
        "set style data histograms",
        "set style histogram clustered gap 1",
        "set style fill solid 0.85 border -1",
        "set logscale y",
        "set ylabel 'cycles, median (log scale)'",
        "set xtics rotate by -40 scale 0 nomirror",
        "set grid ytics",
        "set key top left",
        "set bmargin 12",
        "set rmargin 14",
        "set yrange [1:*]",
        f"plot '{data_path}' using 2:xtic(1) title 'Insula hosted', "
        "'' using 3 title 'Linux, same machine, same CPU'",
        ""])


def with_gnuplot(rows, png_path, title):
    data_path = png_path[:-4] + ".dat"
    with open(data_path, "w") as f:
        for label, hosted, linux in rows:
            f.write(f'"{label}" {hosted or "?"} {linux or "?"}\n')
    r = subprocess.run(["gnuplot"], input=gnuplot_script(data_path, png_path, title),
                       text=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    os.unlink(data_path)
    return None if r.returncode == 0 else f"plot failed: gnuplot: {r.stdout.strip()[:300]}"


def with_matplotlib(rows, png_path, title):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    xs = range(len(rows))
    fig, ax = plt.subplots(figsize=(16, 8))
    ax.bar([x - 0.2 for x in xs], [r[1] or 0 for r in rows], 0.4, label="Insula hosted")
    ax.bar([x + 0.2 for x in xs], [r[2] or 0 for r in rows], 0.4,
           label="Linux, same machine, same CPU")
    ax.set_yscale("log")
    ax.set_ylabel("cycles, median (log scale)")
    ax.set_xticks(list(xs), [r[0] for r in rows], rotation=40, ha="right")
    ax.set_title(title)
    ax.legend(loc="upper left")
    fig.tight_layout()
    fig.savefig(png_path)
    return None


def draw(summaries, png_path, title):
    """Draws the plot; returns None, or why there is no plot."""
    rows = bars(summaries)
    if not rows:
        return "plot skipped: nothing measured in cycles"
    if shutil.which("gnuplot"):
        return with_gnuplot(rows, png_path, title)
    try:
        return with_matplotlib(rows, png_path, title)
    except ImportError:
        return INSTALL_HINT
