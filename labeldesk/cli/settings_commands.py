"""The config command: read and change the user's settings (labeldesk.settings)."""

from __future__ import annotations

import argparse
import json
import sys

from labeldesk.settings import SETTINGS, change_setting, known, load_settings, remove_setting


def register(subparsers) -> None:
    keys = "\n".join(f"  {s.key:<20} {s.description}" for s in SETTINGS.values())
    config = subparsers.add_parser(
        "config", help="show or change settings (DDEX sender, export defaults)",
        description="Show or change the settings kept in the per-user settings file "
                    "($LABELDESK_SETTINGS overrides where it is).\n\nKeys:\n" + keys,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    actions = config.add_subparsers(dest="config_action", metavar="ACTION", required=True)

    get = actions.add_parser("get", help="print one setting's value")
    get.add_argument("key", metavar="KEY")
    get.set_defaults(handler=config_get)

    put = actions.add_parser("set", help="check a value and keep it")
    put.add_argument("key", metavar="KEY")
    put.add_argument("value", metavar="VALUE")
    put.set_defaults(handler=config_set)

    unset = actions.add_parser("unset", help="remove a setting")
    unset.add_argument("key", metavar="KEY")
    unset.set_defaults(handler=config_unset)

    listing = actions.add_parser("list", help="print every setting, set or not, and the file's path")
    listing.set_defaults(handler=config_list)


def config_get(args: argparse.Namespace, ctx) -> int:
    value = load_settings().get(args.key)
    if value is None:
        print(f"labeldesk: {args.key} is not set", file=sys.stderr)
        return 1
    print(value)
    return 0


def config_set(args: argparse.Namespace, ctx) -> int:
    value = change_setting(args.key, args.value)
    print(f"{args.key} = {value}")
    return 0


def config_unset(args: argparse.Namespace, ctx) -> int:
    known(args.key)
    remove_setting(args.key)
    return 0


def config_list(args: argparse.Namespace, ctx) -> int:
    settings = load_settings()
    print(f"# {settings.path}")
    for key in SETTINGS:
        value = settings.get(key)
        print(f"{key} = {value}" if value is not None else f"{key} (not set)")
    for key, value in settings.items():
        if key not in SETTINGS:  # kept for whoever wrote it
            print(f"{key} = {json.dumps(value, ensure_ascii=False)}  (not used by this version)")
    return 0
