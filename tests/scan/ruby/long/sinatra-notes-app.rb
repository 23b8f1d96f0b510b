require "sinatra/base"
require "sqlite3"
require "json"

class NotesApp < Sinatra::Base
  configure do
    set :db, SQLite3::Database.new(ENV.fetch("NOTES_DB", "notes.db"))
    settings.db.results_as_hash = true
    enable :sessions
    set :session_secret, ENV.fetch("SESSION_SECRET")
  end

  helpers do
    def db = settings.db
    def h(text) = Rack::Utils.escape_html(text.to_s)
  end

  get "/notes" do
    tag = params[:tag].to_s
    rows = db.execute("SELECT id, title FROM notes WHERE tag = ?", [tag]) # ok: CWE-89
    erb :index, locals: { rows: rows, tag: tag }
  end

  get "/notes/search" do
    q = params[:q].to_s
    rows = db.execute("SELECT id, title FROM notes WHERE title LIKE '%#{q}%'") # expect: CWE-89
    rows.map { |r| "<li><a href=\"/notes/#{r['id']}\">#{h(r['title'])}</a></li>" }.join
  end

  get "/notes/:id" do
    note = db.get_first_row("SELECT * FROM notes WHERE id = ?", [params[:id].to_i])
    halt 404 unless note
    "<h1>#{h(note['title'])}</h1><div>#{note['body_html']}</div>"  # expect: CWE-79
  end

  post "/notes" do
    db.execute("INSERT INTO notes (title, tag, body_html) VALUES (?, ?, ?)", [params[:title], params[:tag], params[:body]])
    redirect "/notes"
  end
end
