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
        cfg = yaml.load(fh, Loader=yaml.FullLoader)  # expect: CWE-502
    host = cfg["hosts"][service]
    cmd = f"ssh {host} 'docker pull {cfg['registry']}/{service}:{tag} && systemctl restart {service}'"
    subprocess.run(cmd, shell=True, check=True)  # expect: CWE-78
    click.echo(f"deployed {service}:{tag} to {host}")


@cli.command()
def hosts():
    click.echo("see deploy.yml")


if __name__ == "__main__":
    cli()
