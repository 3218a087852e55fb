# --version prints the version; --help prints usage (naming --trace); both exit 0.
set -e
"$BEAMLET" --version | grep -q '^beamlet [0-9]'
"$BEAMLET" --help | grep -q 'usage: beamlet'
"$BEAMLET" --help | grep -q -- "--trace FILE"
