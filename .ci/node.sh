# Source this file (`. .ci/node.sh`) to run the repo on Node 24 where the machine's `node` is older than 22.12.
#
# The npm registry package node-linux-<arch> carries the official Node.js binary (and its headers), so the
# machine's own npm can fetch it like any package: `npm pack` checks it against the registry's integrity, and we
# check it again against the integrity pinned here. It is unpacked once into a cache directory outside the repo
# (BLOG_NODE_CACHE, default ~/.cache/the-long-run), put first on PATH, and every child process (npm, turbo, next,
# sanity, jest, the test harnesses) then runs on it. Where `node` is already new enough this only prints `node -v`.

blog_node_version=24.22.3
blog_node_min=22.12.0

blog_node_ok() {
  # Compares `node -v` with the minimum, in the shell, so a very old node cannot fail before saying anything.
  local current major minor
  current=$(node -v 2>/dev/null) || return 1
  current=${current#v}
  major=${current%%.*}
  minor=${current#*.}; minor=${minor%%.*}
  [ "$major" -gt 22 ] || { [ "$major" -eq 22 ] && [ "$minor" -ge 12 ]; }
}

blog_node_install() {
  local arch integrity package cache dir tmp packed
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) arch=linux-x64; integrity='sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA==' ;;
    Linux-aarch64) arch=linux-arm64; integrity='sha512-IZx0J52/1NDwAsY2iyWR9nlPIYuYviTWetjj8+ElvYQh2+XRhLfCfkbFEF/2O5vGI2hcUbyPNHV+nz342FbJXw==' ;;
    *) echo "node.sh: no pinned Node ${blog_node_version} for $(uname -s) $(uname -m); install Node ${blog_node_min} or newer (24 LTS recommended)" >&2; return 1 ;;
  esac
  package="node-${arch}@${blog_node_version}"
  cache=${BLOG_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/the-long-run}
  dir="$cache/node-v${blog_node_version}-${arch}"
  if [ ! -x "$dir/bin/node" ]; then
    command -v npm >/dev/null || { echo "node.sh: npm is needed to fetch ${package}" >&2; return 1; }
    echo "node.sh: node $(node -v 2>/dev/null || echo 'not found') is older than ${blog_node_min}; fetching ${package} from the npm registry"
    mkdir -p "$cache" || return 1
    tmp=$(mktemp -d "$cache/.fetch.XXXXXX") || return 1
    packed=$(cd "$tmp" && npm pack "$package" --json --silent 2>/dev/null) || { echo "node.sh: npm pack ${package} failed" >&2; rm -rf "$tmp"; return 1; }
    case "$packed" in
      *"\"integrity\": \"${integrity}\""*) ;;
      *) echo "node.sh: ${package} does not match the integrity pinned in .ci/node.sh; not using it" >&2; rm -rf "$tmp"; return 1 ;;
    esac
    tar -xzf "$tmp"/node-"${arch}"-"${blog_node_version}".tgz -C "$tmp" || { rm -rf "$tmp"; return 1; }
    # A rename is atomic: a run interrupted above leaves only a .fetch.* folder, never a half-unpacked node.
    rm -rf "$dir" && mv "$tmp/package" "$dir" && rm -rf "$tmp" || return 1
  fi
  export PATH="$dir/bin:$PATH"
  # Native addons (node-gyp) must build against this node's headers, not the machine's (npm's nodedir may name /usr).
  export npm_config_nodedir="$dir"
  hash -r
}

if ! blog_node_ok; then
  blog_node_install || return 1 2>/dev/null || exit 1
fi
echo "node.sh: node $(node -v) ($(command -v node))"
unset -f blog_node_ok blog_node_install
unset blog_node_version blog_node_min
