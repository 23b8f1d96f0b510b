import subprocess

import click
import yaml


@click.group()
def cli():
    """Deploy helper."""


@cli.command()
@click.argument("service")
@click.option("--tag", default="latest")
@click.option("--config", type=click.Path(exists=True), default="deploy.yml")
def deploy(service, tag, config):
    with open(config) as fh:
        cfg = yaml.safe_load(fh)  # ok: CWE-502
    host = cfg["hosts"][service]
    image = f"{cfg['registry']}/{service}:{tag}"
    subprocess.run(["ssh", host, "docker", "pull", image], check=True)  # ok: CWE-78
    subprocess.run(["ssh", host, "systemctl", "restart", service], check=True)
    click.echo(f"deployed {service}:{tag} to {host}")


@cli.command()
def hosts():
    click.echo("see deploy.yml")


if __name__ == "__main__":
    cli()
