"""What every handler gets: the services built once at start-up, through a typed context.

`ContextTypes(context=BotContext)` makes `context.svc` typed in every handler, instead of reading
`bot_data["services"]` untyped.
"""

from __future__ import annotations

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


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    @property
    def svc(self) -> Services:
        return services_of(self.application)


def services_of(app: Application[Any, Any, Any, Any, Any, Any]) -> Services:
    return cast(Services, app.bot_data["services"])
