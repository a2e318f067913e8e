# Sourced by ./pyhost and ./run-tests: finds a JDK >= 21 without starting a JVM, and without
# starting any other program (every process costs a cold start several milliseconds).
# Sets PYHOST_JDK (its folder) and PYHOST_JDK_MAJOR, or returns 1.
pyhost_min_java=21

# The major version of a JDK folder, read from its release file, into pyhost_major (0: no JDK).
pyhost_read_major() {
  local release=$1/release line
  pyhost_major=0
  [[ -x $1/bin/java && -f $release && -r $release ]] || return 0
  while IFS= read -r line || [[ -n $line ]]; do
    if [[ $line =~ ^JAVA_VERSION=\"([0-9]+) ]]; then
      pyhost_major=$((10#${BASH_REMATCH[1]}))
      return 0
    fi
  done < "$release"
}

# JAVA_HOME when suitable, else the newest JDK in the usual folders.
pyhost_find_jdk() {
  PYHOST_JDK="" PYHOST_JDK_MAJOR=0
  local pyhost_major dir
  if [[ -n ${JAVA_HOME:-} ]]; then
    pyhost_read_major "$JAVA_HOME"
    if (( pyhost_major >= pyhost_min_java )); then
      PYHOST_JDK=$JAVA_HOME PYHOST_JDK_MAJOR=$pyhost_major
      return 0
    fi
  fi
  for dir in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [[ -d $dir && ! -L $dir ]] || continue
    pyhost_read_major "$dir"
    if (( pyhost_major >= pyhost_min_java && pyhost_major > PYHOST_JDK_MAJOR )); then
      PYHOST_JDK=$dir PYHOST_JDK_MAJOR=$pyhost_major
    fi
  done
  [[ -n $PYHOST_JDK ]]
}

# MAVEN_OPTS for running Maven on that JDK without its warnings.
pyhost_maven_opts() {
  local o=${MAVEN_OPTS:-}
  (( PYHOST_JDK_MAJOR >= 24 )) && o+=" --sun-misc-unsafe-memory-access=allow"
  echo "$o"
}
