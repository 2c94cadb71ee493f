"""Admin ingest: upload an export (size-limited); it runs as a job with a status endpoint."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile

from ...cli import FORMAT_NAMES
from ...store.jobs import create_job, get_job, update_job
from ..deps import AdminToken, DbDep, ServicesDep
from ..errors import ApiError
from ..jobs import run_ingest

router = APIRouter(tags=["ingest"])
CHUNK = 1 << 20


def _save(upload: UploadFile, limit: int) -> Path:
    """Copy the upload to a private temp folder, refusing it (413) once it passes `limit` bytes."""
    name = Path(upload.filename or "upload").name or "upload"
    folder = Path(tempfile.mkdtemp(prefix="upsignal-upload-"))
    target, size = folder / name, 0
    with target.open("wb") as out:
        while chunk := upload.file.read(CHUNK):
            size += len(chunk)
            if size > limit:
                out.close()
                target.unlink()
                folder.rmdir()
                raise ApiError(413, f"upload is larger than {limit / 1e6:g} MB: split the export, "
                                    "or raise UPSIGNAL_MAX_UPLOAD_MB")
            out.write(chunk)
    if size == 0:
        target.unlink()
        folder.rmdir()
        raise ApiError(400, f"{name}: the uploaded file is empty")
    return target


@router.post("/api/ingest", status_code=202, summary="Upload an export to ingest (admin)")
def ingest_upload(request: Request, db: DbDep, services: ServicesDep, token: AdminToken,
                  file: Annotated[UploadFile, File(description="A ticket/call/review export.")],
                  format: Annotated[str, Form(description=f"One of: {', '.join(FORMAT_NAMES)}.")] = "auto",
                  detect: Annotated[bool, Form(description="Detect signals (needs a catalog).")] = True) -> dict[str, Any]:
    """Answers 202 with a job id at once; poll GET /api/jobs/{id}."""
    limit = int(services.settings.max_upload_mb * 1_000_000)
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit + 64_000:
        raise ApiError(413, f"upload is larger than {limit / 1e6:g} MB: split the export, or raise UPSIGNAL_MAX_UPLOAD_MB")
    if format not in FORMAT_NAMES:
        raise ApiError(400, f"format {format!r}: unknown. Expected one of: {', '.join(FORMAT_NAMES)}.")
    if detect and services.settings.catalog is None:
        raise ApiError(400, "detection needs a catalog: start the server with UPSIGNAL_CATALOG set, or send detect=false")
    path = _save(file, limit)
    job_id = create_job(db, "ingest", path.name, token.name)
    try:
        services.jobs.submit(run_ingest, services, job_id, path, format, detect)
    except RuntimeError as exc:  # the executor is shut down: the server is stopping
        update_job(db, job_id, "failed", error="the server was shutting down; upload the file again")
        shutil.rmtree(path.parent, ignore_errors=True)
        raise ApiError(503, "the server is shutting down: upload the file again in a moment") from exc
    return {"ok": True, "job": get_job(db, job_id), "status_url": f"/api/jobs/{job_id}"}


@router.get("/api/jobs/{job_id}", summary="An ingest job's status (admin)")
def job_status(job_id: str, db: DbDep, token: AdminToken) -> dict[str, Any]:
    """queued, running, ok (with counts) or failed (with the error)."""
    job = get_job(db, job_id)
    if job is None:
        raise ApiError(404, f"job {job_id!r} not found")
    return {"ok": True, "job": job}
