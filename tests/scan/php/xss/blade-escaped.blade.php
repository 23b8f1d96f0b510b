<div class="profile">
    <h1>{{ $user->name }}</h1>
    <div class="bio">{{ $user->bio }}</div>                         {{-- ok: CWE-79 --}}
</div>
