#!/usr/bin/env bash
# Prints the development corpus folder (../shared/corpus beside the repository), or nothing.
# A git worktree lives elsewhere than its main checkout, so the folder beside the main
# checkout (found through git's common directory) is tried too.
cd "$(dirname "$0")/.."
for dir in "${SHARED_CORPUS:-}" ../shared/corpus "$(git rev-parse --git-common-dir 2>/dev/null)/../../shared/corpus"; do
  if [ -n "$dir" ] && [ -d "$dir/fr" ]; then
    realpath "$dir"
    exit 0
  fi
done
