"""The REST API over the store (FastAPI): see :func:`willay.api.app.create_app`.

Modules: ``app`` (routes and mounting), ``schemas`` (response models), ``query`` (filters),
``reader`` (the read interface and an in-memory reader), ``store_reader`` (the store-backed
reader), ``convert`` (model objects to API models), ``security`` (headers and request
size limit), ``server`` (uvicorn). The export downloads are :mod:`willay.export`'s.
"""
