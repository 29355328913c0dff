"""The compiled core of newsclip (Rust). Use the ``newsclip`` package instead."""

from typing import Any, Optional

__version__: str

_ByteMap = Optional[dict[int, int]]
_Failure = tuple[str, str, Optional[int]]

class Extractor:
    def __init__(self, strip: bool = True, quotes: bool = True, entities: bool = True) -> None: ...
    @property
    def strip(self) -> bool: ...
    @property
    def quotes(self) -> bool: ...
    @property
    def entities(self) -> bool: ...
    def extract(self, page: object) -> tuple[dict[str, Any], _ByteMap]: ...
    def extract_html(self, html: object, url: Optional[str] = None) -> tuple[dict[str, Any], _ByteMap]: ...
    def extract_batch(
        self,
        pages: list[object],
        urls: Optional[list[Optional[str]]] = None,
        html: bool = False,
        threads: Optional[int] = None,
    ) -> list[tuple[Optional[dict[str, Any]], Any]]: ...
