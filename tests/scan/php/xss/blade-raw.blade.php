<div class="profile">
    <h1>{{ $user->name }}</h1>
    <div class="bio">{!! $user->bio !!}</div>                       {{-- expect: CWE-79 --}}
</div>
