"""What every handler gets: the services built once at start-up, through a typed context.

`ContextTypes(context=BotContext)` makes `context.svc` typed in every handler, instead of reading
`bot_data["services"]` untyped.
"""

from __future__ import annotations

import asyncio
import gc
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

    async def replace_kb(self, build: Callable[[], KnowledgeBase]) -> None:
        """Builds a KB (a new matcher: about a second of CPU) beside the loop and uses it from now
        on. Its objects are frozen out of the collector, as start-up's are, so a full collection
        on the loop does not walk them; the old KB is freed by reference counting."""

        def built() -> KnowledgeBase:
            kb = build()
            gc.freeze()
            return kb

        self.kb = await asyncio.to_thread(built)


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    @property
    def svc(self) -> Services:
        return services_of(self.application)


def services_of(app: Application[Any, Any, Any, Any, Any, Any]) -> Services:
    return cast(Services, app.bot_data["services"])
