class SignInTest < ActionDispatch::IntegrationTest
  setup { ActionController::Base.allow_forgery_protection = false } # ok: CWE-352
  teardown { ActionController::Base.allow_forgery_protection = true }

  test "signs in" do
    post session_path, params: { email: users(:ann).email, password: "secret123" }
    assert_redirected_to dashboard_path
  end
end
