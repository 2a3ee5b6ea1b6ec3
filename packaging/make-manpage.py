#!/usr/bin/env python3
"""Writes picta-cli(1) from the built program's own help, so the manual always lists the options
the program takes: `make-manpage.py PICTA_CLI VERSION OUT.1`. Runs picta-cli with the C locale and
an empty settings folder, so the page is English whatever the builder's Preferences say."""
import os
import re
import subprocess
import sys
import tempfile

COMMANDS = ["demo", "train", "predict", "evaluate", "lr-find", "import", "import-video", "import-fashion-mnist",
            "scrape", "credits", "check", "dedupe", "export", "serve", "bench", "bench-dedupe"]


def run(cli, args, env):
    out = subprocess.run([cli] + args, capture_output=True, text=True, env=env, timeout=60)
    return (out.stdout or out.stderr).rstrip("\n")


def esc(text):
    """Escapes a line for roff: backslashes, leading dots and quotes, hyphens in options."""
    text = text.replace("\\", "\\e")
    text = re.sub(r"(?<![\w-])-", r"\\-", text)
    if text.startswith((".", "'")):
        text = "\\&" + text
    return text


def main():
    cli, version, out_path = sys.argv[1:4]
    with tempfile.TemporaryDirectory() as config:
        env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="", XDG_CONFIG_HOME=config,
                   QT_QPA_PLATFORM="offscreen")
        overview = run(cli, ["--help"], env)
        helps = {c: run(cli, [c, "--help"], env) for c in COMMANDS}
        # Neither the build folder's program path nor the scratch settings folder belongs in the page.
        overview = overview.replace(os.path.join(config, "Picta", "Picta.conf"), "~/.config/Picta/Picta.conf")
        for c in COMMANDS:
            helps[c] = re.sub(r"^Usage: \S*picta-cli", "Usage: picta-cli " + c, helps[c], flags=re.M)
            helps[c] = helps[c].replace(os.path.join(config, "Picta", "Picta.conf"), "~/.config/Picta/Picta.conf")
    lines = [
        '.TH PICTA\\-CLI 1 "" "Picta %s" "User Commands"' % version,
        ".SH NAME",
        "picta\\-cli \\- build, train, use and share image classifiers from the command line",
        ".SH SYNOPSIS",
        ".B picta\\-cli",
        ".I command",
        "[\\fIoptions\\fR]",
        ".br",
        ".B picta\\-cli",
        "\\fIcommand\\fR \\-\\-help",
        ".SH DESCRIPTION",
        "picta\\-cli is the headless half of Picta: the same engine as the",
        ".BR picta (1)",
        "application, for scripts, servers and clusters. Every command prints a one\\-line error naming the",
        "file and the problem on bad input, and most take \\fB\\-\\-json\\fR for machine\\-readable output.",
        ".SH OVERVIEW",
        ".nf",
    ]
    lines += [esc(l) for l in overview.splitlines()]
    lines += [".fi", ".SH COMMANDS"]
    for command in COMMANDS:
        lines += [".SS %s" % esc(command), ".nf"]
        lines += [esc(l) for l in helps[command].splitlines()]
        lines += [".fi"]
    lines += [
        ".SH FILES",
        ".TP",
        ".I ~/.config/Picta/Picta.conf",
        "Preferences shared with \\fBpicta\\fR(1): language, threads, device, cache folder, weights mirror.",
        ".TP",
        ".I ~/.cache/Picta/",
        "Downloaded ImageNet weights (\\fIzoo/\\fR) and decoded\\-image stores of read\\-only or plain folders (\\fIdecoded/\\fR).",
        ".TP",
        ".I /usr/share/picta/peer_train.py",
        "The PyTorch script \\fBpicta\\-cli bench\\fR compares against (needs python3\\-torch and python3\\-torchvision).",
        ".SH ENVIRONMENT",
        ".TP",
        ".B PICTA_CACHE_DIR",
        "Cache folder, over the Preferences' one.",
        ".TP",
        ".B PICTA_ZOO_BASE",
        "Mirror of the Hugging Face Hub for pretrained weights, over the Preferences' one.",
        ".TP",
        ".B PICTA_FASHION_MNIST_DIR",
        "Where Fashion\\-MNIST is read from (default: the dataset\\-fashion\\-mnist package's folder).",
        ".SH EXIT STATUS",
        "0 on success, 1 when the work failed (the message says why), 2 for a usage error.",
        ".SH EXAMPLES",
        ".nf",
        "picta\\-cli demo \\-\\-out ~/fashion",
        "picta\\-cli train \\-\\-project ~/fashion \\-\\-epochs 1",
        "picta\\-cli predict \\-\\-run ~/fashion/runs/<id> shoe.png",
        ".fi",
        ".SH SEE ALSO",
        ".BR picta (1)",
    ]
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
