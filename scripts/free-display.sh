#!/usr/bin/env bash
# Prints the number of an X display nobody uses (no lock file, no socket).
for n in $(seq 90 190); do
  if [[ ! -e /tmp/.X$n-lock && ! -e /tmp/.X11-unix/X$n ]]; then echo "$n"; exit 0; fi
done
echo "no free X display between :90 and :190" >&2
exit 1
