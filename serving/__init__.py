"""Renders served away from the page: the Gradio front end keeps every session and sends plain render requests.

`codec` turns requests, results and progress into plain data (tensors and pictures as bytes), `worker` draws them on
one Generator, `remote` is the generator the ChatEngine talks to (retry once when a replica dies), and
`ray_backend` serves workers as Ray Serve replicas. Only `ray_backend` imports Ray, and only when asked for.
"""
