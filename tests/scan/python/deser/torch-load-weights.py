import torch
state = torch.load(uploaded_path, weights_only=True)  # ok: CWE-502
