import sys

from labeldesk.cli import main

sys.exit(main())
