#!/usr/bin/env bash
# Proves the set-up on a bare Debian 12 machine: runs the README's commands inside a minimal
# Debian 12 root (debootstrap --variant=minbase) that has nothing but what scripts/setup.sh
# installs there itself.
#   scripts/check-clean-root.sh [options] MODE...
# MODE, one or more, run in order in the same fresh root:
#   build       scripts/setup.sh build   (install the build packages, build)
#   test        scripts/setup.sh test    (the README's test command: every test, fuzzers, sanitizers)
#   run-smoke   scripts/setup.sh smoke   (build, launch the window under Xvfb, fail unless it painted)
#   deb-smoke   scripts/setup.sh package (make the .deb), then in a second bare root: apt-get install
#               the .deb, launch pricebook --startup-report under xvfb-run, run pricebook-cli in
#               German, apt-get purge it and fail if any of its files is left
# Options:
#   --commit REV   the commit to test (default HEAD of this checkout; uncommitted changes are not tested)
#   --keep         keep the root afterwards (its path is printed) instead of removing it
#   --refresh      make the cached base root again
# Environment: PRICEBOOK_CLEAN_ROOT_CACHE (default /var/cache/pricebook/clean-root) keeps the
# base root and the downloaded .deb files between runs; PRICEBOOK_CLEAN_ROOT_WORK (default
# /var/tmp/pricebook-clean-root) holds the per-run roots. Other PRICEBOOK_* variables and CI
# are passed to the command inside.
#
# Needs root (or sudo) for debootstrap, mount and chroot. The Debian mirror is the one this
# machine's apt already uses. npm packages are installed from outside into the clone (npm needs
# this machine's registry configuration); every Debian package comes from inside, through
# scripts/setup.sh. Whatever happens, /proc, /sys, /dev and the package cache are unmounted
# before the script exits.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
    exec sudo --preserve-env "$0" "$@"
fi

usage() { sed -n '2,19s/^# \{0,1\}//p' "$0" >&2; exit 64; }

repo=$(cd "$(dirname "$0")/.." && pwd)
commit=HEAD keep=0 refresh=0 modes=()
while [ $# -gt 0 ]; do
    case "$1" in
        --commit) [ $# -ge 2 ] || usage; commit=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        --refresh) refresh=1; shift ;;
        build|test|run-smoke|deb-smoke) modes+=("$1"); shift ;;
        -h|--help) usage ;;
        *) echo "unknown argument: $1" >&2; usage ;;
    esac
done
[ ${#modes[@]} -gt 0 ] || usage

cache=${PRICEBOOK_CLEAN_ROOT_CACHE:-/var/cache/pricebook/clean-root}
work=${PRICEBOOK_CLEAN_ROOT_WORK:-/var/tmp/pricebook-clean-root}
suite=bookworm
started=$(date +%s)

current_step="start"
step() { current_step=$*; echo "== clean root: $current_step ($(( $(date +%s) - started )) s)"; }

root=""
deb_root="" # the second, bare root deb-smoke installs the package in
# Everything mounted below a root ($1), deepest first.
mounts_below() {
    [ -n "$1" ] || return 0
    findmnt -rn -o TARGET | awk -v r="$1" 'index($0, r "/") == 1 || $0 == r' | sort -r
}
# release_root ROOT: ends what still runs inside, unmounts, removes (or keeps); false if it cannot.
release_root() {
    local r=$1
    [ -n "$r" ] && [ -d "$r" ] || return 0
    # Processes still running inside the root (a test left behind, or one interrupted).
    local link pid
    for link in /proc/[0-9]*/root; do
        [ "$(readlink "$link" 2>/dev/null)" = "$r" ] || continue
        pid=${link#/proc/}; pid=${pid%/root}
        kill -KILL "$pid" 2>/dev/null || true
    done
    local target
    for target in $(mounts_below "$r"); do
        umount "$target" 2>/dev/null || umount -l "$target" || true
    done
    if [ -n "$(mounts_below "$r")" ]; then
        echo "clean root: still mounted below $r:" >&2
        mounts_below "$r" >&2
        echo "clean root: left in place; unmount those, then remove $r" >&2
        return 1
    elif [ "$keep" = 1 ]; then
        echo "clean root: kept at $r"
    else
        rm -rf --one-file-system "$r"
    fi
}
cleanup() {
    local status=$?
    trap - EXIT INT TERM
    release_root "$deb_root" || status=1
    release_root "$root" || status=1
    if [ "$status" -ne 0 ]; then
        echo "clean root: FAILED in step: $current_step (exit $status, after $(( $(date +%s) - started )) s)" >&2
    else
        echo "clean root: passed: ${modes[*]} (in $(( $(date +%s) - started )) s)"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# "URI SUITE" for each enabled Debian source of this machine's apt (one-line and deb822 files).
apt_sources() {
    local f
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -f "$f" ] || continue
        awk '$1 == "deb" { i = 2; if ($2 ~ /^\[/) { while ($i !~ /\]$/) i++; i++ } print $i, $(i + 1) }' "$f"
    done
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        awk 'function flush() { if (deb && enabled) for (u in uris) for (s in suites) print uris[u], suites[s]
                                deb = 0; enabled = 1; delete uris; delete suites }
             BEGIN { enabled = 1 }
             /^[ \t]*$/ { flush(); next }
             /^Types:/ { for (i = 2; i <= NF; i++) if ($i == "deb") deb = 1 }
             /^Enabled:/ { if (tolower($2) == "no") enabled = 0 }
             /^URIs:/ { for (i = 2; i <= NF; i++) uris[i] = $i }
             /^Suites:/ { for (i = 2; i <= NF; i++) suites[i] = $i }
             END { flush() }' "$f"
    done
}

host_tool() { # host_tool COMMAND PACKAGE: a tool this script needs on the machine itself
    command -v "$1" >/dev/null 2>&1 && return 0
    step "install $2 on this machine"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$2"
}

needs_npm=0
for m in "${modes[@]}"; do [ "$m" = test ] && needs_npm=1; done
host_tool debootstrap debootstrap
host_tool git git
[ "$needs_npm" = 0 ] || host_tool npm npm

sources=$(apt_sources | awk -v s="$suite" '$2 == s || index($2, s "-") == 1' | sort -u)
mirror=$(echo "$sources" | awk -v s="$suite" '$2 == s { print $1; exit }')
if [ -z "$mirror" ]; then
    echo "clean root: this machine's apt sources name no Debian $suite mirror" >&2
    exit 1
fi

# The base root, made once and reused: debootstrap into a temporary folder, renamed when complete.
base=$cache/base
mkdir -p "$cache/apt-archives/partial"
if [ "$refresh" = 1 ] || [ ! -f "$base/.pricebook-base-complete" ]; then
    step "debootstrap --variant=minbase $suite (once; cached in $base)"
    rm -rf --one-file-system "$base" "$base.partial"
    debootstrap --variant=minbase "$suite" "$base.partial" "$mirror" >"$cache/debootstrap.log" 2>&1 || {
        tail -n 30 "$cache/debootstrap.log" >&2; exit 1; }
    rm -rf --one-file-system "$base.partial/var/cache/apt/archives/"*.deb
    date -u +%FT%TZ >"$base.partial/.pricebook-base-complete"
    mv "$base.partial" "$base"
fi

# fresh_root PREFIX: prints the path of a new copy of the base root, with this machine's mirror.
fresh_root() {
    local r
    mkdir -p "$work"
    r=$(mktemp -d "$work/$1.XXXXXX")
    cp -a "$base/." "$r/"
    rm -f "$r/.pricebook-base-complete"
    echo "$sources" | awk '{ print "deb", $1, $2, "main" }' >"$r/etc/apt/sources.list"
    rm -f "$r/etc/apt/sources.list.d/"*
    cp /etc/resolv.conf "$r/etc/resolv.conf"
    echo "$r"
}
step "fresh copy of the base root"
root=$(fresh_root run)

step "clone $commit"
sha=$(git -C "$repo" rev-parse --verify "$commit^{commit}")
if [ "$commit" = HEAD ] && [ -n "$(git -C "$repo" status --porcelain --untracked-files=no)" ]; then
    echo "clean root: note: uncommitted changes in $repo are not part of this check"
fi
git clone -q --no-local "$repo" "$root/src/pricebook"
git -C "$root/src/pricebook" checkout -q --detach "$sha"
echo "commit $sha"

if [ "$needs_npm" = 1 ]; then
    step "npm packages for the contract tests (from outside the root)"
    (cd "$root/src/pricebook/tests/contract" && npm ci --no-audit --no-fund --loglevel=error)
fi

# mount_root ROOT: /proc, /sys, /dev and the package cache.
mount_root() {
    mount -t proc proc "$1/proc"
    mount -t sysfs sysfs "$1/sys"
    mount --bind /dev "$1/dev"
    mount --make-private "$1/dev"
    mount -t devpts -o newinstance,ptmxmode=0666,mode=0620 devpts "$1/dev/pts"
    mount -t tmpfs -o mode=1777 tmpfs "$1/dev/shm"
    # Downloaded .deb files are kept between runs; what gets installed is still decided inside.
    mount --bind "$cache/apt-archives" "$1/var/cache/apt/archives"
}
step "mount /proc, /sys, /dev and the package cache"
mount_root "$root"

# The command inside: a clean environment but for CI and the project's own variables.
inside_env=(HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 TERM=dumb)
[ -z "${CI:-}" ] || inside_env+=("CI=$CI")
while IFS='=' read -r name value; do
    case "$name" in PRICEBOOK_CLEAN_ROOT_*) continue ;; PRICEBOOK_*) inside_env+=("$name=$value") ;; esac
done < <(env)

# What deb-smoke runs in the bare root the package goes into: install, launch, remove.
deb_smoke_inside='
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
# The package and what launching it needs here (an X server); its own dependencies come with it.
apt-get install -y -q --no-install-recommends /tmp/deb/*.deb xvfb xauth
dpkg -L pricebook >/tmp/deb/files
home=$(mktemp -d)
run() { env HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" "$@"; }
run pricebook-cli import --data-dir "$home/catalog" /tmp/deb/product.json
run pricebook-cli --language de --help | grep -q "^Aufruf: pricebook-cli" || { echo "pricebook-cli speaks no German" >&2; exit 1; }
report=$(run env QT_QPA_PLATFORM=xcb timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" \
    pricebook --data-dir "$home/catalog" --startup-report)
echo "$report"
case "$report" in
    *first_paint_epoch_ms=[1-9]*first_rows_epoch_ms=[1-9]*) echo "The installed window painted, with the catalog rows." ;;
    *) echo "the installed window did not report a first paint and its first rows" >&2; exit 1 ;;
esac
apt-get purge -y -q pricebook
if dpkg-query -W -f="\${Status}" pricebook 2>/dev/null | grep -q installed; then
    echo "pricebook is still installed" >&2; exit 1
fi
left=0
while read -r f; do
    if [ -f "$f" ] || [ -L "$f" ]; then echo "left behind: $f" >&2; left=1; fi
done </tmp/deb/files
[ "$left" = 0 ]
echo "Removed cleanly: none of the package files is left."
'

for m in "${modes[@]}"; do
    case "$m" in
        build) what=build ;;
        test) what=test ;;
        run-smoke) what=smoke ;;
        deb-smoke) what=package ;;
    esac
    step "scripts/setup.sh $what (inside the root)"
    # In the background and waited for, so Ctrl-C or a TERM reaches the traps at once.
    chroot "$root" /usr/bin/env -i "${inside_env[@]}" /bin/bash -c 'cd /src/pricebook && exec scripts/setup.sh "$1"' bash "$what" &
    wait $!
    if [ "$m" = deb-smoke ]; then
        step "a second bare root for the package"
        deb_root=$(fresh_root deb)
        mount_root "$deb_root"
        mkdir -p "$deb_root/tmp/deb"
        cp "$root/src/pricebook/build-package/package/"*.deb "$deb_root/tmp/deb/"
        sed '0,/{/s//{ "provider": "chatdash",/' "$root/src/pricebook/docs/examples/chatdash-starter.json" >"$deb_root/tmp/deb/product.json"
        step "install $(basename "$deb_root"/tmp/deb/*.deb), launch it under xvfb-run, purge it (inside the bare root)"
        chroot "$deb_root" /usr/bin/env -i "${inside_env[@]}" /bin/bash -c "$deb_smoke_inside" &
        wait $!
    fi
done
step "done"
