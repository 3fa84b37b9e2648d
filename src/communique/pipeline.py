"""Pipeline: RawArticle → Document, for one article or a stream of millions.

Stages, each reading only what the ones before it made::

    clean → nlp (spaCy, batched) → actors → quotes → events → stances → relations → Document

The spaCy pipeline and every knowledge base are loaded once per Pipeline (and once per
worker process with ``workers > 1``).
"""
from __future__ import annotations

import itertools
from concurrent.futures import ProcessPoolExecutor
from typing import Iterable, Iterator

from .clean import Article, clean_article
from .document import Document, document_id
from .errors import CommuniqueError, InputProblem, internal_problem
from .ingest import RawArticle
from .settings import Settings

Result = Document | InputProblem


class Pipeline:
    """Loads everything once; turns RawArticles into Documents.

    >>> pipe = Pipeline()
    >>> doc = pipe.extract(text="Kenyan President William Ruto met ...")
    """

    def __init__(self, settings: Settings | None = None, **options):
        self.settings = settings or Settings(**options)
        self._stages = None

    # -- loading ---------------------------------------------------------
    @property
    def stages(self):
        """(nlp, actors, quotes, events), loaded on first use."""
        if self._stages is None:
            from .actors import ActorRecognizer
            from .events import EventCoder
            from .nlp import load_nlp
            from .quotes import QuoteFinder

            s = self.settings
            self._stages = (load_nlp(s.model), ActorRecognizer(s), QuoteFinder(s), EventCoder(s))
        return self._stages

    @property
    def nlp(self):
        return self.stages[0]

    # -- one article -----------------------------------------------------
    def extract(self, text: str | None = None, html: str | None = None, url: str | None = None,
                published: str | None = None, title: str | None = None, input_id: str | None = None) -> Document:
        """One article (as text or as an HTML page) → Document. Raises CommuniqueError for unusable input."""
        if text is None and html is None:
            raise CommuniqueError("extract needs text= or html=")
        raw = RawArticle(input_id=input_id or "<api>", text=text, html=html, url=url,
                         published=published, title=title, source=input_id or "<api>")
        result = next(self.extract_many([raw]))
        if isinstance(result, InputProblem):
            raise CommuniqueError(str(result))
        return result

    # -- many articles ---------------------------------------------------
    def extract_many(self, records: Iterable[RawArticle | InputProblem], workers: int | None = None) -> Iterator[Result]:
        """Documents (or InputProblems) for the records, in input order.

        Texts are parsed in ``nlp.pipe`` batches; with ``workers > 1`` batches are spread
        over that many processes, each loading the pipeline once.
        """
        workers = workers or self.settings.workers
        batches = _chunks(records, max(1, self.settings.batch_size))
        if workers <= 1:
            for batch in batches:
                yield from self._process_batch(batch)
            return
        with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                                 initargs=(self.settings,)) as pool:
            # keep at most 2*workers batches in flight: bounded memory on endless streams
            pending = []
            for batch in batches:
                pending.append(pool.submit(_worker_process_batch, batch))
                if len(pending) >= 2 * workers:
                    yield from pending.pop(0).result()
            for fut in pending:
                yield from fut.result()

    def _process_batch(self, batch: list[RawArticle | InputProblem]) -> list[Result]:
        results: list[Result | None] = [None] * len(batch)
        to_parse: list[tuple[int, Article]] = []
        for i, raw in enumerate(batch):
            if isinstance(raw, InputProblem):
                results[i] = raw
                continue
            try:
                article = clean_article(raw, self.settings)
                article.meta.input_id = raw.input_id
            except CommuniqueError as ex:
                results[i] = InputProblem(raw.source or raw.input_id, str(ex), raw.line, _record_id(raw))
                continue
            except Exception as ex:     # a bug of ours on one page must not end the batch
                results[i] = internal_problem(raw.source or raw.input_id, ex, raw.line, _record_id(raw))
                continue
            if not article.body.strip():
                results[i] = InputProblem(raw.source or raw.input_id, "no article text found", raw.line,
                                          _record_id(raw))
                continue
            if len(article.body) > self.nlp.max_length:
                results[i] = InputProblem(raw.source or raw.input_id,
                                          f"article text too long to parse: {len(article.body):,} characters "
                                          f"(the most is {self.nlp.max_length:,}; split it into articles)",
                                          raw.line, _record_id(raw))
                continue
            if article.meta.language not in (None, "en"):
                results[i] = self._document(article, None)
                results[i].warnings.append(
                    f"language is {article.meta.language}, not en: no actors, events or quotes extracted")
                continue
            to_parse.append((i, article))
        if to_parse:
            nlp = self.nlp
            docs = nlp.pipe((a.body for _, a in to_parse), batch_size=len(to_parse))
            for (i, article), sdoc in zip(to_parse, docs):
                try:
                    results[i] = self._document(article, sdoc)
                except Exception as ex:     # ... nor a bug of ours in a later stage
                    raw = batch[i]
                    results[i] = internal_problem(raw.source or raw.input_id, ex, raw.line, _record_id(raw))
        return results  # type: ignore[return-value]

    def _document(self, article: Article, sdoc) -> Document:
        doc = Document(id=document_id(article.body, article.meta.url), meta=article.meta,
                       text=article.body, warnings=list(article.warnings))
        if sdoc is None:
            return doc
        from .relations import find_relations
        from .stances import find_stances

        _, recognizer, quote_finder, event_coder = self.stages
        actors = recognizer.find(sdoc, article.meta, dateline=article.dateline)
        quotes = quote_finder.find(sdoc, actors)
        events = event_coder.find(sdoc, actors, article.meta, quotes, article.dateline)
        doc.stances = find_stances(sdoc, events, quotes, actors)
        doc.relations = find_relations(sdoc, actors)
        doc.actors, doc.quotes, doc.events = list(actors), quotes, events
        return doc


def _record_id(raw: RawArticle) -> str | None:
    return raw.input_id if raw.line is not None else None


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


_WORKER: Pipeline | None = None


def _init_worker(settings: Settings) -> None:
    global _WORKER
    _WORKER = Pipeline(settings)


def _worker_process_batch(batch):
    return _WORKER._process_batch(batch)


_DEFAULT: Pipeline | None = None


def extract(text: str | None = None, html: str | None = None, url: str | None = None,
            published: str | None = None, title: str | None = None) -> Document:
    """One article → Document, with a Pipeline shared across calls in this process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT.extract(text=text, html=html, url=url, published=published, title=title)
