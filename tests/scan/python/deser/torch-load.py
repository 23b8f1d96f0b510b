import torch
state = torch.load(uploaded_path)  # expect: CWE-502
