def login_view(request):
    form = AuthenticationForm(request, data=request.POST or None)
    if form.is_valid():
        login(request, form.get_user())
        return redirect(request.GET.get("next", "/"))  # expect: CWE-601
    return render(request, "login.html", {"form": form})
