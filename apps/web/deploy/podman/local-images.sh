#!/usr/bin/env bash
# Builds the container recipe with podman on a machine that reaches no container registry (as the CI machines):
# local stand-ins for node:24-bookworm-slim and nginx:1.27-bookworm on a Debian root made by debootstrap, then the
# Dockerfile's blog and nginx targets. Run as root from the repository root, with the environment file to build with:
#   apps/web/deploy/podman/local-images.sh apps/web/deploy/production.env
# What it found on the CI machines is in apps/web/deploy/README.md ("What was run here").
set -euo pipefail
env_file=$(realpath "${1:?usage: local-images.sh <production.env>}")
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../../.." && pwd)
work=${BLOG_PODMAN_WORK:-/var/tmp/blog-podman}
build=(podman build --isolation chroot --pull=never --format docker)
mkdir -p "$work"

if ! podman image exists localhost/blog-debian:bookworm; then
  command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap
  [ -x "$work/rootfs/bin/sh" ] || debootstrap --variant=minbase bookworm "$work/rootfs" http://deb.debian.org/debian
  tar -C "$work/rootfs" -c . | podman import - localhost/blog-debian:bookworm
fi

# node: the binary .ci/node.sh fetches from the npm registry, npm, and this machine's CA bundle (its egress to the
# registry goes through a TLS proxy with its own CA; drop that line where the registry is reached directly).
. "$repo/.ci/node.sh"
rm -rf "$work/node" && mkdir -p "$work/node/node/bin"
cp "$(command -v node)" "$work/node/node/bin/node"
cp -a "$(dirname "$(realpath "$(command -v npm)")")/.." "$work/node/npm"
cp /etc/ssl/certs/ca-certificates.crt "$work/node/ca-certificates.crt"
"${build[@]}" -t docker.io/library/node:24-bookworm-slim -f "$here/node.Containerfile" "$work/node"
mkdir -p "$work/empty"
"${build[@]}" -t docker.io/library/nginx:1.27-bookworm -f "$here/nginx.Containerfile" "$work/empty"

for target in blog nginx; do
  "${build[@]}" --ignorefile "$repo/apps/web/deploy/Dockerfile.dockerignore" -f "$repo/apps/web/deploy/Dockerfile" \
    --secret "id=blog_env,src=$env_file" --target "$target" -t "localhost/blog-$([ $target = blog ] && echo web || echo nginx):latest" "$repo"
done
podman images --filter reference='localhost/blog-*'
