"""The documents API: collections (shared ones that operators manage, and each user's
own), uploads that return at once with an ingestion job, the job's progress (read or
streamed), deletion, re-ingestion, release of flagged passages, and the original file.

Another user's collection, document or job is a 404, exactly like a missing one.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser

from api.auth import page_origin_allowed
from api.deps import CurrentUser, Service
from service.documents import IncomingFile, UploadRefused
from storage.documents import JobRecord

router = APIRouter(tags=["documents"])

#: How often a job's progress is read for its event stream.
PROGRESS_POLL_S = 0.5


class CollectionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Annotated[str, Field(min_length=1, max_length=200)]
    shared: bool = Field(False, description="Every user reads it; only operators may.")


async def same_site_upload(request: Request, service: Service) -> None:
    """A multipart upload is a form any web page can post without asking first: with no
    API keys (whoever reaches the server is its user), only pages the server trusts may."""
    if service.keyring.development_mode and not page_origin_allowed(
        request.headers.get("origin"),
        request.headers.get("host", ""),
        service.settings.cors_origins,
    ):
        raise HTTPException(403, "uploads from another site's page are refused")


class FileTooLarge(Exception):
    """A file of the upload went past its limit while the body was still arriving."""


class BoundedUploadParser(MultiPartParser):
    """Starlette's multipart parser, stopping at the first file that passes
    `max_file_bytes`: the 413 is answered before the rest of the body is read. It
    counts through the parser's `on_part_begin` / `on_part_data` hooks; should they
    change, `files_of` still refuses the file once it is read (a test notices)."""

    def __init__(self, *args: Any, max_file_bytes: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.max_file_bytes = max_file_bytes
        self.part_bytes = 0

    def on_part_begin(self) -> None:
        super().on_part_begin()
        self.part_bytes = 0

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        self.part_bytes += end - start
        if self.part_bytes > self.max_file_bytes:
            raise FileTooLarge
        super().on_part_data(data, start, end)


async def files_of(request: Request, service: Service) -> list[IncomingFile]:
    """The uploaded files (form field `files`, one or more), each up to its limit."""
    limit = service.settings.max_ingest_bytes
    over = UploadRefused(413, f"a file is over the limit of {limit} bytes")
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise HTTPException(415, "send the files as multipart/form-data, field `files`")
    parser = BoundedUploadParser(
        request.headers,
        request.stream(),
        max_files=service.settings.max_upload_files,
        max_fields=20,
        max_part_size=1024,
        max_file_bytes=limit,
    )
    try:
        form = await parser.parse()
    except FileTooLarge:
        raise over from None
    except MultiPartException as exc:  # a malformed body, or too many files or fields
        raise HTTPException(400, f"not a readable multipart form: {exc.message}") from exc
    files: list[IncomingFile] = []
    try:
        for item in form.getlist("files"):
            if not isinstance(item, UploadFile):
                raise HTTPException(422, "`files` must be files (multipart/form-data)")
            data = await item.read(limit + 1)
            if len(data) > limit:
                raise over
            files.append(IncomingFile(item.filename or "", data, item.content_type or ""))
    finally:
        await form.close()
    if not files:
        raise HTTPException(422, "send the files as multipart/form-data field `files`")
    return files


Uploaded = Annotated[list[IncomingFile], Depends(files_of)]


def accepted(job: JobRecord | None, refused: list[dict[str, str]], collection_id: str) -> Any:
    return {
        "collection_id": collection_id,
        "job": job.public() if job else None,
        "refused": refused,
    }


@router.get("/collections")
async def list_collections(user: CurrentUser, service: Service) -> dict[str, Any]:
    """The shared collections and yours, with how many documents each holds."""
    return {"collections": await service.documents.collections(user)}


@router.post("/collections", status_code=201)
async def create_collection(
    body: CollectionCreate, user: CurrentUser, service: Service
) -> dict[str, Any]:
    await service.rate_limit.hit_write(user, "collections")
    record = await service.documents.create_collection(user, body.name, body.shared)
    return record.public()


@router.delete("/collections/{collection_id}", status_code=204)
async def delete_collection(collection_id: str, user: CurrentUser, service: Service) -> Response:
    """Delete the collection and its documents (out of search at once)."""
    await service.rate_limit.hit_write(user, "collections")
    await service.documents.delete_collection(user, collection_id)
    return Response(status_code=204)


@router.get("/collections/{collection_id}/documents")
async def list_documents(collection_id: str, user: CurrentUser, service: Service) -> Any:
    """Each document: name, size, chunks, flagged chunks, status, who uploaded it, when."""
    records = await service.documents.documents(user, collection_id)
    return {"documents": [r.public() for r in records]}


@router.post(
    "/collections/{collection_id}/documents",
    status_code=202,
    dependencies=[Depends(same_site_upload)],
)
async def upload_documents(
    collection_id: str, files: Uploaded, user: CurrentUser, service: Service
) -> Any:
    """Upload files (`.md .txt .html .pdf` and more): each is checked at once (a refusal
    says why), then indexed by a job whose progress `GET /jobs/{id}` reads."""
    await service.rate_limit.hit_write(user, "documents")
    job, refused = await service.documents.upload(user, collection_id, files)
    return accepted(job, refused, collection_id)


@router.post("/documents", status_code=202, dependencies=[Depends(same_site_upload)])
async def attach_documents(files: Uploaded, user: CurrentUser, service: Service) -> Any:
    """Files attached in the chat: into your own collection, which your threads search."""
    await service.rate_limit.hit_write(user, "documents")
    collection_id = await service.documents.own_collection(user)
    job, refused = await service.documents.upload(user, collection_id, files)
    return accepted(job, refused, collection_id)


@router.get("/collections/{collection_id}/documents/{document_id}")
async def get_document(
    collection_id: str, document_id: str, user: CurrentUser, service: Service
) -> dict[str, Any]:
    record, _ = await service.documents.document(user, collection_id, document_id)
    return record.public()


@router.get("/passages/{chunk_id:path}")
async def get_passage(chunk_id: str, user: CurrentUser, service: Service) -> dict[str, Any]:
    """A passage an answer's `sources` name (`chunk_id`), with its text: from the
    documents the user can read now (404 once its document is deleted)."""
    return await service.documents.passage(user, chunk_id)


@router.get("/collections/{collection_id}/documents/{document_id}/content")
async def download_document(
    collection_id: str, document_id: str, user: CurrentUser, service: Service
) -> Response:
    """The original file, as an attachment (never rendered in the page's origin)."""
    record, content = await service.documents.document(user, collection_id, document_id)
    quoted = json.dumps(record.name.encode("ascii", "replace").decode())
    return Response(
        content,
        media_type="application/octet-stream",
        headers={
            "Content-Disposition": f"attachment; filename={quoted}",
            "X-Content-Type-Options": "nosniff",
        },
    )


@router.delete("/collections/{collection_id}/documents/{document_id}", status_code=204)
async def delete_document(
    collection_id: str, document_id: str, user: CurrentUser, service: Service
) -> Response:
    """Delete the document: its passages leave search at once."""
    await service.rate_limit.hit_write(user, "documents")
    await service.documents.delete_document(user, collection_id, document_id)
    return Response(status_code=204)


@router.post("/collections/{collection_id}/documents/{document_id}/reingest", status_code=202)
async def reingest_document(
    collection_id: str, document_id: str, user: CurrentUser, service: Service
) -> dict[str, Any]:
    await service.rate_limit.hit_write(user, "documents")
    job = await service.documents.reingest(user, collection_id, document_id)
    return job.public()


@router.post("/collections/{collection_id}/documents/{document_id}/release", status_code=202)
async def release_document(
    collection_id: str, document_id: str, user: CurrentUser, service: Service
) -> dict[str, Any]:
    """Operators: index the document's flagged passages too (after reading them)."""
    await service.rate_limit.hit_write(user, "documents")
    job = await service.documents.reingest(user, collection_id, document_id, release=True)
    return job.public()


@router.get("/jobs/{job_id}")
async def get_job(job_id: str, user: CurrentUser, service: Service) -> dict[str, Any]:
    """An ingestion job: status, files done of total, chunks embedded, errors."""
    return (await service.documents.job(user, job_id)).public()


@router.get("/jobs/{job_id}/events")
async def job_events(job_id: str, user: CurrentUser, service: Service) -> StreamingResponse:
    """The job's progress as server-sent events (`progress`, then `done` or `failed`)."""
    await service.documents.job(user, job_id)  # 404 before the stream opens

    async def events() -> AsyncIterator[str]:
        last: dict[str, Any] | None = None
        while True:
            job = await service.documents.job(user, job_id)
            state = job.public()
            if state != last:
                kind = job.status if job.finished else "progress"
                yield f"event: {kind}\ndata: {json.dumps(state)}\n\n"
                last = state
            if job.finished:
                return
            await asyncio.sleep(PROGRESS_POLL_S)

    return StreamingResponse(events(), media_type="text/event-stream")
