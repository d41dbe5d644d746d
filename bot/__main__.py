import gc
import sys

# Start-up allocates tens of thousands of objects that live as long as the process (libraries,
# the KB and its index) and almost no garbage: the cyclic collector only slows it down (~15%).
# `running()` freezes what was loaded and turns it back on; other commands turn it on in main().
gc.disable()

from bot.cli import main  # noqa: E402 - after the collector is off

sys.exit(main())
