require "sinatra"
require "rack/protection"

use Rack::Protection::AuthenticityToken # ok: CWE-352
enable :sessions
