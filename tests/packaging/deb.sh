#!/usr/bin/env bash
# packaging.deb: builds the .deb with CPack, checks its metadata and contents, unpacks it into a clean staging root,
# and runs hullcheck-cli from there (found libraries must come from the package, never from the build tree), then
# validates the installed desktop file and AppStream metainfo.
#   tests/packaging/deb.sh BUILD_DIR SOURCE_DIR
set -euo pipefail

BUILD=$(cd "$1" && pwd)
SOURCE=$(cd "$2" && pwd)
APP_ID=io.github.hullcheck.Hullcheck
WORK=$(mktemp -d /tmp/hullcheck-deb.XXXXXX) # outside the build and source trees, so a path there is a leak
trap 'rm -rf "$WORK"' EXIT
STAGE=$WORK/root
FAILURES=0

fail() {
    echo "FAIL: $*" >&2
    FAILURES=$((FAILURES + 1))
}
step() { printf '\n== %s\n' "$*"; }

step "cpack -G DEB"
cpack -G DEB --config "$BUILD/CPackConfig.cmake" -B "$WORK/out" >"$WORK/cpack.log" 2>&1 || {
    cat "$WORK/cpack.log" >&2
    echo "FAIL: cpack failed" >&2
    exit 1
}
mapfile -t debs < <(find "$WORK/out" -maxdepth 1 -name '*.deb')
[[ ${#debs[@]} -eq 1 ]] || {
    cat "$WORK/cpack.log" >&2
    echo "FAIL: expected one .deb, found ${#debs[@]}" >&2
    exit 1
}
DEB=${debs[0]}
echo "built $(basename "$DEB") ($(stat -c %s "$DEB") bytes)"

step "dpkg-deb -I"
dpkg-deb -I "$DEB" | tee "$WORK/info.txt"
control() { dpkg-deb -f "$DEB" "$1"; }
[[ $(control Package) == hullcheck ]] || fail "Package is not hullcheck"
[[ $(control Section) == admin ]] || fail "Section is not admin"
[[ $(control Maintainer) == "The Hullcheck developers <hullcheck@users.noreply.github.com>" ]] || fail "Maintainer"
depends=$(control Depends)
for dep in qt6-qpa-plugins fonts-dejavu-core libqt6core6 libqt6widgets6 libqt6charts6 libcurl4 libyaml-cpp0.7 libc6; do
    grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
grep -q 'docker.io' <<<"$(control Suggests)" || fail "Suggests lacks docker.io"

step "dpkg-deb -c"
dpkg-deb -c "$DEB" | tee "$WORK/contents.txt"
# usr/lib/<multiarch>/hullcheck when configured with CMAKE_INSTALL_PREFIX=/usr (as for a release), else usr/lib/hullcheck.
LIBDIR=$(grep -Eo 'usr/lib/([^/ ]+/)?hullcheck/libhullcheck_core\.so\.0' "$WORK/contents.txt" | head -n 1 || true)
[[ -n $LIBDIR ]] || fail "no private libhullcheck_core.so.0 under usr/lib/[<multiarch>/]hullcheck"
[[ $LIBDIR == usr/lib/*-linux-*/hullcheck/* ]] ||
    echo "note: the library is not in a multiarch directory; configure with -DCMAKE_INSTALL_PREFIX=/usr for a release"
for path in \
    usr/bin/hullcheck \
    usr/bin/hullcheck-cli \
    "usr/share/applications/$APP_ID.desktop" \
    "usr/share/metainfo/$APP_ID.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" \
    usr/share/icons/hicolor/{16x16,32x32,48x48,64x64,128x128,256x256}/apps/$APP_ID.png \
    usr/share/man/man1/hullcheck-cli.1.gz \
    usr/share/doc/hullcheck/copyright; do
    grep -Eq "[ ]\./$path$" "$WORK/contents.txt" || fail "the package lacks /$path"
done
if grep -Eq "usr/lib/(libhullcheck|[^/]+-linux-[^/]+/libhullcheck)|usr/include|\.a$" "$WORK/contents.txt"; then
    fail "the package has a public library, headers or static archives"
fi

step "unpack into $STAGE"
mkdir -p "$STAGE"
dpkg-deb -x "$DEB" "$STAGE"

step "libraries resolve inside the package"
for exe in hullcheck-cli hullcheck; do
    ldd "$STAGE/usr/bin/$exe" >"$WORK/ldd-$exe.txt" 2>&1 || true
    core=$(awk '/libhullcheck_core/ { print $3 }' "$WORK/ldd-$exe.txt")
    core=$(realpath -m "${core:-none}")
    echo "$exe: libhullcheck_core from $core"
    [[ $core == "$STAGE/usr/lib/"*"hullcheck/libhullcheck_core.so.0"* ]] ||
        fail "$exe does not find libhullcheck_core in the package: $(grep libhullcheck_core "$WORK/ldd-$exe.txt")"
    if grep -q 'not found' "$WORK/ldd-$exe.txt"; then
        fail "$exe: $(grep 'not found' "$WORK/ldd-$exe.txt" | tr -s ' \t' ' ')"
    fi
    if grep -Fq -e "$BUILD" -e "$SOURCE" "$WORK/ldd-$exe.txt"; then
        fail "$exe loads a library from the build or source tree: $(grep -F -e "$BUILD" -e "$SOURCE" "$WORK/ldd-$exe.txt")"
    fi
    runpath=$(readelf -d "$STAGE/usr/bin/$exe" | grep -E 'RUNPATH|RPATH' || true)
    [[ $runpath == *'$ORIGIN/../lib'*'/hullcheck'* ]] || fail "$exe has no \$ORIGIN runpath: $runpath"
    if grep -Fq -e "$BUILD" -e "$SOURCE" <<<"$runpath"; then fail "$exe keeps a build-tree runpath: $runpath"; fi
done

step "run hullcheck-cli from the staging root"
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
cd "$WORK"
if "$STAGE/usr/bin/hullcheck-cli" --version >"$WORK/version.txt" 2>&1; then
    cat "$WORK/version.txt"
    grep -q '^hullcheck-cli 0\.1\.0' "$WORK/version.txt" || fail "--version does not print the version"
else
    cat "$WORK/version.txt" >&2
    fail "hullcheck-cli --version failed"
fi
rc=0
"$STAGE/usr/bin/hullcheck-cli" scan --snapshot "$SOURCE/tests/data/snapshot-docker-20.10-hostfacts.json" \
    -o "$STAGE/r.json" >"$WORK/scan.txt" 2>&1 || rc=$?
cat "$WORK/scan.txt"
if [[ $rc -ne 0 ]]; then
    fail "hullcheck-cli scan exited $rc"
elif ! python3 -c 'import json, sys; r = json.load(open(sys.argv[1])); assert r, "empty report"' "$STAGE/r.json"; then
    fail "the scan report is not JSON"
else
    echo "report: $(stat -c %s "$STAGE/r.json") bytes of JSON"
fi
gzip -dc "$STAGE/usr/share/man/man1/hullcheck-cli.1.gz" | grep -q '^\.TH HULLCHECK-CLI 1' || fail "the man page is not roff"

step "desktop-file-validate"
desktop-file-validate "$STAGE/usr/share/applications/$APP_ID.desktop" || fail "desktop-file-validate"
step "appstreamcli validate --no-net"
appstreamcli validate --no-net "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml" || fail "appstreamcli validate"

if [[ $FAILURES -ne 0 ]]; then
    printf '\npackaging.deb: %d check(s) failed\n' "$FAILURES" >&2
    exit 1
fi
printf '\npackaging.deb: all checks passed\n'
