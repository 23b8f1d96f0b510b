import hashlib

from django.contrib import messages
from django.shortcuts import redirect, render

from .forms import SignupForm
from .models import Member


def signup(request):
    if request.method != "POST":
        return render(request, "signup.html", {"form": SignupForm()})
    form = SignupForm(request.POST)
    if not form.is_valid():
        return render(request, "signup.html", {"form": form})
    raw = form.cleaned_data["password"]
    member = Member(
        email=form.cleaned_data["email"],
        display_name=form.cleaned_data["name"],
        password_hash=hashlib.sha1(raw.encode("utf-8")).hexdigest(),  # expect: CWE-916
    )
    member.save()
    messages.success(request, "Welcome aboard!")
    return redirect("home")
