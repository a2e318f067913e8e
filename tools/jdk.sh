# Sourced by ./pyhost and ./run-tests: finds a JDK >= 21 without starting a JVM.
# Sets PYHOST_JDK (its folder) and PYHOST_JDK_MAJOR, or returns 1.
pyhost_min_java=21

# The major version of a JDK folder, read from its release file.
pyhost_jdk_major() {
  local release=$1/release v
  [[ -x $1/bin/java && -f $release ]] || { echo 0; return; }
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
  echo "${v:-0}"
}

# JAVA_HOME when suitable, else the newest JDK in the usual folders.
pyhost_find_jdk() {
  PYHOST_JDK="" PYHOST_JDK_MAJOR=0
  if [[ -n ${JAVA_HOME:-} ]] && (( $(pyhost_jdk_major "$JAVA_HOME") >= pyhost_min_java )); then
    PYHOST_JDK=$JAVA_HOME PYHOST_JDK_MAJOR=$(pyhost_jdk_major "$JAVA_HOME")
    return 0
  fi
  local dir major
  for dir in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [[ -d $dir && ! -L $dir ]] || continue
    major=$(pyhost_jdk_major "$dir")
    if (( major >= pyhost_min_java && major > PYHOST_JDK_MAJOR )); then
      PYHOST_JDK=$dir PYHOST_JDK_MAJOR=$major
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
