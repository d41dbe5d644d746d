"""What every handler gets: the services built once at start-up, through a typed context.

`ContextTypes(context=BotContext)` makes `context.svc` typed in every handler, instead of reading
`bot_data["services"]` untyped.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from telegram.ext import Application, CallbackContext, ExtBot

from bot.flood import FloodControl
from bot.metrics import Metrics
from bot.settings import Settings
from bot.storage import Storage
from knowledge.kb import KnowledgeBase

if TYPE_CHECKING:
    from bot.runtime.poller import DurablePoller
    from bot.runtime.worker import Worker


@dataclass
class Services:
    """Built once in `bot.app.build_application`; `kb` is replaced when curators add phrasings."""

    settings: Settings
    kb: KnowledgeBase
    storage: Storage
    flood: FloodControl
    metrics: Metrics = field(default_factory=Metrics)
    worker: Worker | None = None
    poller: DurablePoller | None = None
    phrasings_version: int = 0

    kb_lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    async def replace_kb(self, build: Callable[[KnowledgeBase], KnowledgeBase]) -> None:
        """Builds a KB from the current one (a new matcher: about a second of CPU) beside the loop
        and uses it from now on; one build at a time, so two curators' phrasings (or a curator's
        and the reload job's) both stay. Not frozen out of the collector as start-up's KB is:
        `gc.freeze()` now would also freeze whatever is in flight, leaking what becomes garbage."""
        async with self.kb_lock:
            base = self.kb
            self.kb = await asyncio.to_thread(build, base)


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    @property
    def svc(self) -> Services:
        return services_of(self.application)


def services_of(app: Application[Any, Any, Any, Any, Any, Any]) -> Services:
    return cast(Services, app.bot_data["services"])
